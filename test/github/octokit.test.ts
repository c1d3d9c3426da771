import nock from "nock";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { captureLogger, TEST_PRIVATE_KEY } from "../helpers/probot.js";

const API = "https://api.github.com";
const SECONDARY = {
  message:
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
};
const VIEWER = "query { viewer { login } }";

/** Installation 9's client as Probot builds it (its token answered), and the lines it logs. */
async function installationClient(Octokit = CheckpointOctokit) {
  const { log, lines } = captureLogger();
  const probot = new Probot({ appId: 1, privateKey: TEST_PRIVATE_KEY, Octokit, log });
  nock(API).post("/app/installations/9/access_tokens").reply(201, { token: "ghs_test" });
  return { octokit: await probot.auth(9), lines };
}

describe("CheckpointOctokit inside Probot", () => {
  it("retries a request GitHub refused for a secondary rate limit, where Probot alone gives up", async () => {
    const { octokit, lines } = await installationClient();
    const scope = nock(API)
      .post("/repos/cosmas/learning/issues/3/comments")
      .reply(403, SECONDARY, { "retry-after": "1" })
      .post("/repos/cosmas/learning/issues/3/comments", { body: "hello" })
      .reply(201, { id: 1 });

    const response = await octokit.rest.issues.createComment({
      owner: "cosmas",
      repo: "learning",
      issue_number: 3,
      body: "hello",
    });

    expect(response.status).toBe(201);
    expect(scope.isDone()).toBe(true);
    expect(lines.join("")).toMatch(
      /GitHub secondary rate limit hit by POST .*retrying in 1s \(retry 1\)/,
    );
  });

  it("retries a primary rate limit once it has reset, and a GraphQL query GitHub answered RATE_LIMITED", async () => {
    const { octokit, lines } = await installationClient();
    // The limit reset a minute ago: the plugin waits max(0, reset − now + 1 s) = 0 s.
    const reset = String(Math.floor(Date.now() / 1000) - 60);
    const scope = nock(API)
      .get("/repos/cosmas/learning")
      .reply(
        403,
        { message: "API rate limit exceeded" },
        {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": reset,
        },
      )
      .get("/repos/cosmas/learning")
      .reply(200, { full_name: "cosmas/learning" })
      .post("/graphql")
      .reply(
        200,
        { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] },
        {
          "x-ratelimit-reset": reset,
        },
      )
      .post("/graphql", { query: VIEWER })
      .reply(200, { data: { viewer: { login: "checkpoint[bot]" } } });

    const repo = await octokit.rest.repos.get({ owner: "cosmas", repo: "learning" });
    const viewer = await octokit.graphql<{ viewer: { login: string } }>(VIEWER);

    expect(repo.data).toEqual({ full_name: "cosmas/learning" });
    expect(viewer.viewer.login).toBe("checkpoint[bot]");
    expect(scope.isDone()).toBe(true);
    expect(
      lines
        .join("")
        .match(/GitHub primary rate limit hit by [A-Z]+ \S+: retrying in 0s \(retry 1\)/g),
    ).toEqual([
      "GitHub primary rate limit hit by GET /repos/{owner}/{repo}: retrying in 0s (retry 1)",
      "GitHub primary rate limit hit by POST /graphql: retrying in 0s (retry 1)",
    ]);
  });

  it("gives up after two retries, and at once on a wait longer than two minutes", async () => {
    const { octokit, lines } = await installationClient();
    const limited = {
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) - 60),
    };
    const scope = nock(API)
      .get("/repos/cosmas/learning")
      .times(3)
      .reply(403, { message: "API rate limit exceeded" }, limited)
      .post("/repos/cosmas/learning/issues/4/comments")
      .reply(403, SECONDARY, { "retry-after": "121" });
    const read = octokit.rest.repos.get({ owner: "cosmas", repo: "learning" });
    await expect(read).rejects.toMatchObject({ status: 403 });
    const write = octokit.rest.issues.createComment({
      owner: "cosmas",
      repo: "learning",
      issue_number: 4,
      body: "hello",
    });
    await expect(write).rejects.toMatchObject({ status: 403 });
    expect(scope.isDone()).toBe(true);
    expect(lines.join("").match(/\w+ rate limit hit by [A-Z]+ \S+: [^"]+/g)).toEqual([
      "primary rate limit hit by GET /repos/{owner}/{repo}: retrying in 0s (retry 1)",
      "primary rate limit hit by GET /repos/{owner}/{repo}: retrying in 0s (retry 2)",
      "primary rate limit hit by GET /repos/{owner}/{repo}: giving up",
      "secondary rate limit hit by POST /repos/{owner}/{repo}/issues/{issue_number}/comments: giving up",
    ]);
  });

  it("retries passing failures after 1, 4 and 9 s, in the clients Probot builds; no refusal, no abort", async () => {
    // A "second" of the waits is a millisecond here.
    const { octokit, lines } = await installationClient(
      CheckpointOctokit.defaults({ retry: { retryAfterBaseValue: 1 } }),
    );
    const failed = { errors: [{ message: "Something went wrong while executing your query." }] };
    const scope = nock(API)
      .get("/repos/cosmas/learning")
      .reply(502, { message: "Bad Gateway" })
      .get("/repos/cosmas/learning")
      .reply(200, { full_name: "cosmas/learning" })
      .post("/graphql")
      .reply(200, failed)
      .post("/graphql")
      .replyWithError("socket hang up")
      .post("/graphql", { query: VIEWER })
      .reply(200, { data: { viewer: { login: "checkpoint[bot]" } } })
      .get("/repos/cosmas/gone")
      .reply(404, { message: "Not Found" })
      .get("/repos/cosmas/down")
      .times(4)
      .reply(500, { message: "Server Error" });

    const repo = await octokit.rest.repos.get({ owner: "cosmas", repo: "learning" });
    const viewer = await octokit.graphql<{ viewer: { login: string } }>(VIEWER);
    const gone = octokit.rest.repos.get({ owner: "cosmas", repo: "gone" });
    await expect(gone).rejects.toMatchObject({ status: 404 });
    const down = octokit.rest.repos.get({ owner: "cosmas", repo: "down" });
    await expect(down).rejects.toMatchObject({ status: 500 });
    const aborted = octokit.rest.repos.get({
      owner: "cosmas",
      repo: "learning",
      request: { signal: AbortSignal.abort() },
    });
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });

    expect(repo.data).toEqual({ full_name: "cosmas/learning" });
    expect(viewer.viewer.login).toBe("checkpoint[bot]");
    expect(scope.isDone()).toBe(true);
    // The query GitHub failed to run, then the one with no answer; three tries after the
    // first, then the failure; the 404 and the abort once, unretried.
    expect(lines.join("").match(/GitHub failed [A-Z]+ \S+: [^"]+/g)).toEqual([
      "GitHub failed GET /repos/{owner}/{repo}: retrying in 1s (retry 1)",
      "GitHub failed POST /graphql: retrying in 1s (retry 1)",
      "GitHub failed POST /graphql: retrying in 4s (retry 2)",
      "GitHub failed GET /repos/{owner}/{repo}: retrying in 1s (retry 1)",
      "GitHub failed GET /repos/{owner}/{repo}: retrying in 4s (retry 2)",
      "GitHub failed GET /repos/{owner}/{repo}: retrying in 9s (retry 3)",
    ]);
  });

  it("retries nothing when retries are off", async () => {
    const octokit = new CheckpointOctokit({ auth: "ghs_test", retry: { enabled: false } });
    nock(API).get("/repos/cosmas/down").reply(503, { message: "Unavailable" });
    const down = octokit.rest.repos.get({ owner: "cosmas", repo: "down" });
    await expect(down).rejects.toMatchObject({ status: 503 });
  });
});
