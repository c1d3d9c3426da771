import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import { buildWorld } from "../stand-in/world/index.js";
import { appEnv, nodeArgs } from "../helpers/processes.js";
import { freshDatabase, NO_REDIS, reportSkip } from "../helpers/redis.js";

/*
 * With REDIS_URL set, Probot spaces each installation's requests through Redis, so replicas
 * share GitHub's limits. It imports ioredis at run time (npx-import-light): with no network
 * in production, it must find Checkpoint's own.
 */

reportSkip("test/queue/probot-redis.test.ts");

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe("Probot's request spacing on Redis", () => {
  it("resolves ioredis, from where Probot imports it, to Checkpoint's own dependency", () => {
    const ours = createRequire(import.meta.url).resolve("ioredis");
    const probotsImporter = createRequire(import.meta.url).resolve("npx-import-light");
    expect(createRequire(probotsImporter).resolve("ioredis")).toBe(ours);
  });

  it.skipIf(NO_REDIS)("keeps its limiters in the Redis REDIS_URL names", async () => {
    const url = await freshDatabase(10);
    standIn = await startGitHubStandIn({ world: buildWorld({ logins: ["ada"], reposEach: 1 }) });

    // In a process of its own (probot-on-redis.ts), with only the environment.
    const { stdout } = await promisify(execFile)(process.execPath, nodeArgs("probotOnRedis"), {
      env: { PATH: process.env.PATH, ...appEnv(standIn.host), REDIS_URL: url },
      timeout: 20_000,
    });
    expect(JSON.parse(stdout)).toContain("learning");

    const redis = new Redis(url);
    const keys = await redis.keys("b_octokit-*");
    await redis.quit();
    // Bottleneck's keys for the limiter of installation 1000's tokens: shared by every process
    // on this Redis (reads pass no limiter: octokit.ts).
    expect(keys.some((key) => key.includes("octokit-auth-1000"))).toBe(true);
  });
});
