import nock from "nock";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { captureLogger, TEST_PRIVATE_KEY } from "../helpers/probot.js";

describe("CheckpointOctokit inside Probot", () => {
  it("retries a request GitHub refused for a secondary rate limit, where Probot alone gives up", async () => {
    const { log, lines } = captureLogger();
    const probot = new Probot({
      appId: 1,
      privateKey: TEST_PRIVATE_KEY,
      Octokit: CheckpointOctokit,
      log,
    });
    const scope = nock("https://api.github.com")
      .post("/app/installations/9/access_tokens")
      .reply(201, { token: "ghs_test" })
      .post("/repos/cosmas/learning/issues/3/comments")
      .reply(
        403,
        {
          message:
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        },
        { "retry-after": "1" },
      )
      .post("/repos/cosmas/learning/issues/3/comments", { body: "hello" })
      .reply(201, { id: 1 });

    const octokit = await probot.auth(9);
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
});
