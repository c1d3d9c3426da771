import nock from "nock";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { isWrite } from "../../src/github/write-spacing.js";
import { captureLogger, TEST_PRIVATE_KEY } from "../helpers/probot.js";

describe("what GitHub counts as a write", () => {
  it("is REST that changes something and GraphQL mutations; never reads, queries or tokens", () => {
    expect(isWrite({ method: "POST", url: "/repos/a/b/issues" })).toBe(true);
    expect(isWrite({ method: "PATCH", url: "/repos/a/b/issues/1" })).toBe(true);
    expect(isWrite({ method: "DELETE", url: "/repos/a/b/issues/comments/5" })).toBe(true);
    expect(isWrite({ method: "GET", url: "/repos/a/b/issues?creator=x" })).toBe(false);
    expect(
      isWrite({ method: "POST", url: "/graphql", query: "query Q { viewer { login } }" }),
    ).toBe(false);
    expect(isWrite({ method: "POST", url: "/api/graphql", query: "\n mutation M { x }" })).toBe(
      true,
    );
    expect(isWrite({ method: "POST", url: "/app/installations/9/access_tokens" })).toBe(false);
    expect(
      isWrite({ method: "POST", url: "/app/installations/{installation_id}/access_tokens" }),
    ).toBe(false);
  });
});

/** Probot with Checkpoint's Octokit, as the app runs it. */
const checkpointProbot = () =>
  new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    Octokit: CheckpointOctokit,
    log: captureLogger().log,
  });

describe("CheckpointOctokit's spacing", () => {
  it("sends reads and GraphQL queries at once while a write waits its turn", async () => {
    const probot = checkpointProbot();
    const arrived: string[] = [];
    const at = new Map<string, number>();
    const note = (name: string) => () => {
      arrived.push(name);
      at.set(name, Date.now());
      return true;
    };
    const scope = nock("https://api.github.com")
      .post("/app/installations/11/access_tokens")
      .reply(201, { token: "ghs_test" })
      .post("/repos/ada/learning/issues/1/comments", note("first write"))
      .reply(201, { id: 1 })
      .post("/repos/ada/learning/issues/2/comments", note("second write"))
      .reply(201, { id: 2 })
      .post("/repos/ada/learning/issues/4/comments", note("third write"))
      .reply(201, { id: 4 })
      .get("/repos/ada/learning/issues/3")
      .reply(function () {
        arrived.push("read");
        return [200, { number: 3 }];
      })
      .post("/graphql", note("query"))
      .reply(200, { data: { viewer: { login: "ada" } } })
      .post("/app/installations/12/access_tokens")
      .reply(201, { token: "ghs_other" })
      .post("/repos/grace/learning/issues/1/comments", note("other installation's write"))
      .reply(201, { id: 3 });

    const octokit = await probot.auth(11);
    const other = await probot.auth(12);
    const comment = (issue: number) =>
      octokit.rest.issues.createComment({
        owner: "ada",
        repo: "learning",
        issue_number: issue,
        body: `on #${issue}`,
      });
    await Promise.all([
      comment(1),
      comment(2),
      comment(4),
      octokit.rest.issues.get({ owner: "ada", repo: "learning", issue_number: 3 }),
      octokit.graphql("query { viewer { login } }"),
      other.rest.issues.createComment({
        owner: "grace",
        repo: "learning",
        issue_number: 1,
        body: "on #1",
      }),
    ]);

    // Each write waits a second after the one before; the read, the query and another
    // installation's write wait for none.
    expect(arrived.slice(-2)).toEqual(["second write", "third write"]);
    expect(arrived.slice(0, 4).sort()).toEqual([
      "first write",
      "other installation's write",
      "query",
      "read",
    ]);
    // Turns start a second apart; the first write then fetched the token (some tens of ms).
    const after = (write: string, earlier: string) => (at.get(write) ?? 0) - (at.get(earlier) ?? 0);
    expect(after("second write", "first write")).toBeGreaterThanOrEqual(900);
    expect(after("third write", "second write")).toBeGreaterThanOrEqual(990);
    expect(scope.isDone()).toBe(true);
  });

  it("does not queue the reads of one installation behind each other", async () => {
    const probot = checkpointProbot();
    const events: string[] = [];
    const READS = 12;
    const scope = nock("https://api.github.com")
      .post("/app/installations/11/access_tokens")
      .reply(201, { token: "ghs_test" })
      .get(/\/repos\/ada\/learning\/issues\/\d+$/)
      .times(READS)
      .delay(100)
      .reply(function () {
        events.push("arrived");
        return [200, {}];
      });

    const octokit = await probot.auth(11);
    await Promise.all(
      Array.from({ length: READS }, (_, i) =>
        octokit.rest.issues
          .get({ owner: "ada", repo: "learning", issue_number: i + 1 })
          .then(() => events.push("answered")),
      ),
    );

    // Octokit's default lets ten through at a time: the eleventh would wait for an answer.
    expect(events.slice(0, READS)).toEqual(Array<string>(READS).fill("arrived"));
    expect(scope.isDone()).toBe(true);
  });
});
