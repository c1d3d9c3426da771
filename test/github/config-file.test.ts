import nock from "nock";
import { describe, expect, it } from "vitest";
import { discoverConfig, loadConfig } from "../../src/github/config-file.js";
import { TestOctokit } from "../helpers/probot.js";

const octokit = new TestOctokit({ auth: "test-token" });
const api = () => nock("https://api.github.com");
// GitHub answers the raw media type of a file with text/plain.
const RAW = { "content-type": "text/plain; charset=utf-8" };

describe("loadConfig", () => {
  it("reads the home repository's file", async () => {
    api()
      .get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml")
      .reply(200, "course:\n  timezone: Africa/Lagos\n", RAW);
    const loaded = await loadConfig({ octokit, owner: "cosmas", repo: "learning" });
    expect(loaded.ok && loaded.config.course.timezone).toBe("Africa/Lagos");
  });

  it("falls back to the owner's .github repository and follows _extends, the nearer file winning", async () => {
    api()
      .get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml")
      .reply(404)
      .get("/repos/cosmas/.github/contents/.github%2Fcheckpoint.yml")
      .reply(200, "_extends: cohort-settings\ncourse:\n  timezone: Africa/Lagos\n", RAW)
      .get("/repos/cosmas/cohort-settings/contents/.github%2Fcheckpoint.yml")
      .reply(200, "course:\n  timezone: UTC\n  weeks: 30\nrepositories: [blog]\n", RAW);
    const loaded = await loadConfig({ octokit, owner: "cosmas", repo: "learning" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.config.course.timezone).toBe("Africa/Lagos");
    expect(loaded.config.course.weeks).toBe(30);
    expect(loaded.config.repositories).toEqual(["blog"]);
  });

  it("says the file is missing when no repository has one", async () => {
    api()
      .get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml")
      .reply(404)
      .get("/repos/cosmas/.github/contents/.github%2Fcheckpoint.yml")
      .reply(404);
    const loaded = await loadConfig({ octokit, owner: "cosmas", repo: "learning" });
    expect(loaded).toMatchObject({ ok: false, missing: true });
  });

  it("turns a YAML syntax error into a problem with its line", async () => {
    api()
      .get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml")
      .reply(200, "course:\n  timezone: [Africa/Lagos\n", RAW);
    const loaded = await loadConfig({ octokit, owner: "cosmas", repo: "learning" });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]?.message).toMatch(/^YAML syntax error at line \d+, column \d+: /);
  });

  it("lets API failures through to the caller, who reports them", async () => {
    api()
      .get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml")
      .reply(500, { message: "boom" });
    await expect(loadConfig({ octokit, owner: "cosmas", repo: "learning" })).rejects.toMatchObject({
      status: 500,
    });
  });
});

describe("discoverConfig", () => {
  it("refuses an oversized file that extends another before Probot's unbounded parser sees it", async () => {
    // 26 + 2 + 9,971 + 1 = 10,000 characters: over the 8,192 a config may have. Only the file
    // itself is read.
    const text = `_extends: cohort-settings\n# ${"x".repeat(10_000 - 29)}\n`;
    expect(text.length).toBe(10_000);
    api().get("/repos/cosmas/learning/contents/.github%2Fcheckpoint.yml").reply(200, text, RAW);
    const loaded = await discoverConfig({ octokit, owner: "cosmas", repo: "learning" });
    expect(loaded).toEqual({
      ok: false,
      problems: [
        {
          path: "",
          message:
            "the file is 10,000 characters long; Checkpoint reads a config of up to 8,192 characters",
        },
      ],
    });
  });
});
