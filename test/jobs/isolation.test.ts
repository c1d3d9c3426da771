import nock from "nock";
import { describe, expect, it } from "vitest";
import { renderMarker } from "../../src/domain/marker.js";
import { reconcileInstallation } from "../../src/jobs/reconcile-installation.js";
import { captureLogger, TestOctokit } from "../helpers/probot.js";
import { API, RAW } from "./learner-world.js";

const octokit = new TestOctokit({ auth: "ghs_test" });
const NOW = new Date("2025-11-24T08:00:00Z");
const PROBLEM =
  'course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Lagos"';

function repository(owner: string, name: string) {
  return {
    name,
    full_name: `${owner}/${name}`,
    owner: { login: owner },
    default_branch: "main",
    archived: false,
    html_url: `https://github.com/${owner}/${name}`,
  };
}

/** One installation (a cohort's organisation) with two learners' homes: Ada's config is broken. */
function expectTwoLearners() {
  return nock(API)
    .get("/installation/repositories")
    .query(true)
    .reply(200, {
      total_count: 2,
      repositories: [repository("cohort", "ada"), repository("cohort", "ben")],
    })
    .get("/repos/cohort/ada/contents/.github%2Fcheckpoint.yml")
    .reply(200, "course:\n  timezone: Lagos\n", RAW)
    .get("/repos/cohort/ben/contents/.github%2Fcheckpoint.yml")
    .reply(200, "course:\n  start_date: 2025-09-30\npaused: true\n", RAW)
    .get("/repos/cohort/ben/issues")
    .query(true)
    .reply(200, []);
}

const problemIssue = {
  number: 3,
  title: "Checkpoint can't read .github/checkpoint.yml",
  state: "open",
  state_reason: null,
  comments: 0,
  body: renderMarker({ kind: "config-problems", problems: [PROBLEM] }),
  html_url: "https://github.com/cohort/ada/issues/3",
  user: { login: "checkpoint[bot]", type: "Bot" },
};

describe("one learner's broken config", () => {
  it("is reported to that learner, in one issue, while the other learner is handled", async () => {
    let report = "";
    expectTwoLearners()
      .get("/repos/cohort/ada/issues")
      .query(true)
      .reply(200, [])
      .post("/repos/cohort/ada/labels")
      .reply(201, {})
      .post("/repos/cohort/ada/issues", (body) => {
        report = body.body;
        return true;
      })
      .reply(201, { number: 3, html_url: "https://github.com/cohort/ada/issues/3" })
      .get("/repos/cohort/ada/issues")
      .query(true)
      .reply(200, [problemIssue]);

    const outcomes = await reconcileInstallation({
      octokit,
      log: captureLogger().log,
      now: NOW,
      dryRun: false,
    });

    expect(outcomes).toEqual([
      { home: "cohort/ada", status: "failed", detail: `config problems: ${PROBLEM}` },
      { home: "cohort/ben", status: "skipped", detail: "paused" },
    ]);
    expect(report).toContain(
      '- `course.timezone`: expected an IANA timezone name such as "Africa/Lagos"',
    );
  });

  it("is not reported again an hour later", async () => {
    expectTwoLearners().get("/repos/cohort/ada/issues").query(true).reply(200, [problemIssue]);
    const outcomes = await reconcileInstallation({
      octokit,
      log: captureLogger().log,
      now: new Date(NOW.getTime() + 3_600_000),
      dryRun: false,
    });
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "skipped"]);
  });

  it("is not reported again after the learner closed the report of the same problems", async () => {
    expectTwoLearners()
      .get("/repos/cohort/ada/issues")
      .query(true)
      .reply(200, [{ ...problemIssue, state: "closed", state_reason: "not_planned" }]);
    const outcomes = await reconcileInstallation({
      octokit,
      log: captureLogger().log,
      now: NOW,
      dryRun: false,
    });
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "skipped"]);
  });
});
