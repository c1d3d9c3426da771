import nock from "nock";
import { expectConfigTexts } from "../helpers/file-texts.js";
import { ledgerFields } from "../helpers/ledger-fields.js";
import { describe, expect, it } from "vitest";
import { renderMarker } from "../../src/domain/marker.js";
import { reconcileInstallation } from "../../src/jobs/reconcile-installation.js";
import { BOT, captureLogger, TestOctokit } from "../helpers/probot.js";
import { API, OWN_ISSUES } from "../helpers/github-issues.js";

const octokit = new TestOctokit({ auth: "ghs_test" });
const NOW = new Date("2025-11-24T08:00:00Z");
const PROBLEM =
  'course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Lagos"';

function repository(owner: string, name: string) {
  return {
    name,
    full_name: `${owner}/${name}`,
    owner: { login: owner, type: "User" },
    default_branch: "main",
    archived: false,
    html_url: `https://github.com/${owner}/${name}`,
  };
}

/**
 * One installation (a cohort's organisation) with two learners' homes: Ada's config is
 * broken. Their ledgers come with the files: Ada's holds `adaIssues`, Ben's nothing.
 */
function expectTwoLearners(adaIssues: Parameters<typeof ledgerFields>[0]) {
  const listing = nock(API)
    .get("/installation/repositories")
    .query(true)
    .reply(200, {
      total_count: 2,
      repositories: [repository("cohort", "ada"), repository("cohort", "ben")],
    });
  return expectConfigTexts(
    [
      ["cohort/ada", "course:\n  timezone: Lagos\n"],
      ["cohort/ben", "course:\n  start_date: 2025-09-30\npaused: true\n"],
    ],
    listing,
    { "cohort/ada": ledgerFields(adaIssues), "cohort/ben": ledgerFields([]) },
  );
}

const problemIssue = {
  number: 3,
  title: "Checkpoint can't read .github/checkpoint.yml",
  state: "open",
  state_reason: null,
  comments: 0,
  locked: false,
  labels: [{ name: "checkpoint" }],
  body: renderMarker({ kind: "config-problems", problems: [PROBLEM] }),
  html_url: "https://github.com/cohort/ada/issues/3",
  user: { login: BOT, type: "Bot" },
  created_at: "2025-11-24T08:00:02Z",
  updated_at: "2025-11-24T08:00:02Z",
};

function reconcile(now: Date) {
  return reconcileInstallation({
    octokit,
    log: captureLogger().log,
    now,
    dryRun: false,
    bot: BOT,
    canWrite: async () => false,
  });
}

/*
 * A failed write inside a learner's pass is reported in its outcome ("… failed: …"), not
 * thrown: the exact outcomes show that nothing beyond the mocked requests was attempted.
 */
const OUTCOMES = [
  { home: "cohort/ada", status: "failed", detail: `config problems: ${PROBLEM}` },
  { home: "cohort/ben", status: "skipped", detail: "paused" },
];

describe("one learner's broken config", () => {
  it("is reported to that learner, in one issue, while the other learner is handled", async () => {
    let report = "";
    expectTwoLearners([])
      .post("/repos/cohort/ada/labels")
      .reply(201, {})
      .post("/repos/cohort/ada/issues", (body) => {
        report = body.body;
        return true;
      })
      .reply(201, { number: 3, html_url: "https://github.com/cohort/ada/issues/3" })
      .get("/repos/cohort/ada/issues")
      .query(OWN_ISSUES)
      .reply(200, [problemIssue]);

    const outcomes = await reconcile(NOW);

    expect(outcomes).toEqual(OUTCOMES);
    expect(report).toContain(
      '- `course.timezone`: expected an IANA timezone name such as "Africa/Lagos"',
    );
  });

  it("is not reported again an hour later", async () => {
    expectTwoLearners([problemIssue]);
    const outcomes = await reconcile(new Date(NOW.getTime() + 3_600_000));
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "skipped"]);
    expect(outcomes).toEqual(OUTCOMES);
  });

  it("is not reported again after the learner closed the report of the same problems", async () => {
    expectTwoLearners([{ ...problemIssue, state: "closed", state_reason: "not_planned" }]);
    const outcomes = await reconcile(NOW);
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "skipped"]);
    expect(outcomes).toEqual(OUTCOMES);
  });
});
