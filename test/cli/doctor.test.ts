import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import { buildWorld } from "../stand-in/world/index.js";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { TEST_PRIVATE_KEY } from "../helpers/probot.js";

/*
 * `checkpoint doctor` against the GitHub stand-in, which checks the app's JWT signatures as
 * GitHub does. Ada's course (week 7 open, week 8 due Mon Nov 24 09:00 in Lagos) and Grace,
 * whose installation has no config anywhere.
 */

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

function capture(env: NodeJS.ProcessEnv): Io & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (t) => lines.push(...t.split("\n")),
    err: (t) => lines.push(...t.split("\n")),
    env,
    cwd: ".",
  };
}

async function world() {
  const stand = await startGitHubStandIn({
    world: buildWorld({ logins: ["ada", "grace"], reposEach: 1 }),
  });
  stand.state.appKey = createPrivateKey(TEST_PRIVATE_KEY);
  delete stand.state.repos.get("grace/learning")?.files[".github/checkpoint.yml"];
  standIn = stand;
  return stand;
}

const credentials = (stand: GitHubStandIn, key = TEST_PRIVATE_KEY): NodeJS.ProcessEnv => ({
  APP_ID: "1",
  PRIVATE_KEY: key,
  WEBHOOK_SECRET: "s3cret",
  GHE_HOST: stand.host,
  GHE_PROTOCOL: "http",
  LOG_LEVEL: "silent",
});

describe("checkpoint doctor", () => {
  it("says which variables are missing, and how to set them", async () => {
    const io = capture({});
    expect(await main(["doctor"], io)).toBe(1);
    expect(io.lines.filter((line) => line.startsWith("✗"))).toEqual([
      "✗ APP_ID is not set",
      "✗ neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set",
      "✗ WEBHOOK_SECRET is not set: deliveries cannot be verified",
    ]);
    expect(io.lines.at(-1)).toBe("3 things to fix.");
  });

  it("diagnoses a key GitHub does not accept", async () => {
    const stand = await world();
    const other = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    }).privateKey;
    const io = capture(credentials(stand, other));
    expect(await main(["doctor"], io)).toBe(1);
    expect(io.lines[0]).toBe("✗ GitHub refused the app's credentials (HTTP 401)");
    expect(io.lines[1]).toMatch(/^ {2}→ check that APP_ID is this app's ID/);
  });

  it("reports failed deliveries, a learner's next issue, and an installation with no learner", async () => {
    const stand = await world();
    stand.state.hook.deliveries = [
      { id: 3, event: "issue_comment", status_code: 502, delivered_at: "2025-11-20T12:00:00Z" },
      { id: 2, event: "push", status_code: 0, delivered_at: "2025-11-20T11:00:00Z" },
      { id: 1, event: "push", status_code: 202, delivered_at: "2025-11-20T10:00:00Z" },
    ];
    const io = capture(credentials(stand));
    // Mid-week 8: its issue is the next one, due Mon Nov 24 at 09:00 in Lagos.
    expect(await main(["doctor", "--at", "2025-11-20T12:00:00Z"], io)).toBe(1);
    expect(io.lines).toEqual([
      '✓ GitHub accepts the key of the app "checkpoint"',
      "✓ webhooks go to https://checkpoint.example.org/api/github/webhooks",
      "✗ 2 of the last 3 deliveries failed (issue_comment at 2025-11-20T12:00:00Z: 502; push at 2025-11-20T11:00:00Z: no answer)",
      expect.stringMatching(/^ {2}→ check that the app is running and reachable/),
      expect.stringMatching(
        /^✓ ada: ada\/learning: config reads; next issue Nov 17 – Nov 23, 2025, Monday, Nov 24, 2025 at 09:00/,
      ),
      "✗ grace: no learner yet (no repository holds .github/checkpoint.yml)",
      expect.stringMatching(/^ {2}→ commit .github\/checkpoint.yml/),
      "2 things to fix.",
    ]);
  });
});
