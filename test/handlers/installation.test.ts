import nock from "nock";
import { expectConfigTexts } from "../helpers/file-texts.js";
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/domain/marker.js";
import { testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";

const API = "https://api.github.com";

function repository(name: string, pushedAt: string) {
  return {
    name,
    full_name: `Codertocat/${name}`,
    owner: { login: "Codertocat" },
    default_branch: "main",
    archived: false,
    fork: false,
    pushed_at: pushedAt,
    html_url: `https://github.com/Codertocat/${name}`,
  };
}

const REPOS = {
  total_count: 2,
  repositories: [
    repository("Hello-World", "2025-11-20T10:00:00Z"),
    repository("learning-journey", "2025-09-01T10:00:00Z"),
  ],
};

describe("installing the app on an account with no config", () => {
  it("opens one welcome issue, in the repository named for learning, with a one-click config link", async () => {
    let welcome: { title: string; body: string; labels: string[] } | undefined;
    const listing = nock(API)
      .post("/app/installations/957387/access_tokens")
      .reply(201, { token: "ghs_test" })
      // Reconcile first: neither repository holds .github/checkpoint.yml.
      .get("/installation/repositories")
      .query(true)
      .reply(200, REPOS);
    const scope = expectConfigTexts(
      [
        ["Codertocat/Hello-World", null],
        ["Codertocat/learning-journey", null],
      ],
      listing,
      {},
    )
      // Then the welcome, in learning-journey.
      .get("/installation/repositories")
      .query(true)
      .reply(200, REPOS)
      .get("/repos/Codertocat/learning-journey/issues")
      .query(true)
      .reply(200, [])
      .post("/repos/Codertocat/learning-journey/labels")
      .reply(201, {})
      .post("/repos/Codertocat/learning-journey/issues", (body) => {
        welcome = body;
        return true;
      })
      .reply(201, {
        number: 1,
        html_url: "https://github.com/Codertocat/learning-journey/issues/1",
      })
      .get("/repos/Codertocat/learning-journey/issues")
      .query(true)
      .reply(200, []);

    const payload = webhookExample("installation", (p) => p.action === "created");
    await testProbot().receive({ id: "1", name: "installation", payload: payload as never });

    expect(scope.isDone()).toBe(true);
    expect(welcome?.title).toBe("Welcome to Checkpoint: one file to start");
    expect(welcome?.labels).toEqual(["checkpoint"]);
    expect(readMarker(welcome?.body)).toEqual({ kind: "welcome" });
    const link = /\[create it with one click\]\((\S+)\)/.exec(welcome?.body ?? "")?.[1] ?? "";
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(
      "https://github.com/Codertocat/learning-journey/new/main",
    );
    expect(url.searchParams.get("filename")).toBe(".github/checkpoint.yml");
    expect(url.searchParams.get("value")).toContain("  login: Codertocat\n");
    // The same content is in the body to copy.
    expect(welcome?.body).toContain("```yaml\n# Checkpoint settings");
  });
});
