import { readFileSync } from "node:fs";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse.js";
import { loadExpectations } from "../../src/jobs/expectations.js";
import { API, RAW } from "../helpers/github-issues.js";
import { TestOctokit } from "../helpers/probot.js";

const octokit = new TestOctokit({ auth: "ghs_test" });
const home = {
  owner: "ada",
  ownerType: "User",
  repo: "learning",
  defaultBranch: "main",
  serverUrl: "https://github.com",
};
const parsed = parseConfig({ learner: { login: "ada" } });
if (!parsed.ok) throw new Error("invalid test config");

describe("the expectation document", () => {
  it("too long to read whole: its goals are used, and a note says how much was read", async () => {
    const document = readFileSync("test/fixtures/EXPECTATIONS.md", "utf8");
    // The first user's document, then a journal of plain lines: 70,000 characters in all.
    const journal = "x".repeat(70_000 - document.length - 1);
    const text = `${document}\n${journal}`;
    expect(text.length).toBe(70_000);
    nock(API).get("/repos/ada/learning/contents/EXPECTATIONS.md").reply(200, text, RAW);
    const loaded = await loadExpectations({ octokit, home, config: parsed.config });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.document?.sections.length).toBe(5);
    expect(loaded.note).toBe(
      "The expectation document is 70,000 characters long; only its first 65,536 are read.",
    );
  });

  it("read whole: no note", async () => {
    const text = readFileSync("test/fixtures/EXPECTATIONS.md", "utf8");
    nock(API).get("/repos/ada/learning/contents/EXPECTATIONS.md").reply(200, text, RAW);
    const loaded = await loadExpectations({ octokit, home, config: parsed.config });
    expect(loaded.note).toBeUndefined();
  });
});
