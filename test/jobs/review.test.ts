import nock from "nock";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse.js";
import { parseExpectations } from "../../src/domain/expectations/parse.js";
import { readMarker, renderMarker } from "../../src/domain/marker.js";
import { openReview } from "../../src/jobs/review.js";
import { captureLogger, TestOctokit } from "../helpers/probot.js";
import { twelveWeeks } from "../templates/review/twelve-weeks.js";
import { API, OWN_ISSUES } from "../helpers/github-issues.js";
import { HOME } from "./learner-world.js";
import { readFileSync } from "node:fs";

const octokit = new TestOctokit({ auth: "ghs_test" });
const config = parseConfig({ learner: { login: "ada", name: "Cosmas" } });
if (!config.ok) throw new Error("invalid test config");
const document = parseExpectations(readFileSync("test/fixtures/EXPECTATIONS.md", "utf8"));
const home = {
  owner: "ada",
  ownerType: "User",
  repo: "learning",
  defaultBranch: "main",
  serverUrl: "https://github.com",
};
const BOT = { login: "checkpoint[bot]", type: "Bot" };

/** The twelve weekly issues as GitHub lists them: each week's figures and facts in its marker. */
const weeklyIssues = twelveWeeks.map((record) => ({
  number: 100 + record.week,
  title: `Week ${record.week}`,
  state: "closed",
  state_reason: record.updatePosted ? "completed" : "not_planned",
  comments: 0,
  locked: false,
  labels: [{ name: "checkpoint" }],
  created_at: "2025-12-22T08:00:00Z",
  body: renderMarker({
    kind: "weekly",
    week: record.week,
    figures: record.figures,
    ...(record.facts ? { facts: record.facts } : {}),
    ...(record.updatePosted ? { updatePosted: true } : {}),
    // Week 6's update promised two next steps.
    ...(record.week === 6 ? { nextSteps: ["Write view tests", "Deploy to Render"] } : {}),
  }),
  html_url: `https://github.com/ada/learning/issues/${100 + record.week}`,
  updated_at: "2025-12-22T08:00:00Z",
  user: BOT,
}));

describe("the mid-course review job", () => {
  it("reads twelve weeks back from the weekly issues' markers and opens the review", async () => {
    let review: { title: string; body: string } | undefined;
    nock(API)
      .get(`${HOME}/issues`)
      .query(OWN_ISSUES)
      .reply(200, weeklyIssues)
      .post(`${HOME}/issues`, (body) => {
        review = body;
        return true;
      })
      .reply(201, { number: 113, html_url: "https://github.com/ada/learning/issues/113" })
      .get(`${HOME}/issues`)
      .query(true)
      .reply(200, []);

    const result = await openReview({
      octokit,
      log: captureLogger().log,
      home,
      // The review reads the ledger afresh, so the week opened in the same pass counts.
      ledger: {
        ref: { owner: "ada", repo: "learning" },
        bot: BOT.login,
        issues: [],
        comments: async () => [],
        added: new Map(),
      },
      now: new Date("2025-12-22T08:00:00Z"),
      canWrite: async () => false,
      visible: async () => [],
      config: config.config,
      expectations: async () => ({
        document,
        url: `https://github.com/ada/learning/blob/main/EXPECTATIONS.md`,
      }),
      review: "mid-course",
      week: 13,
      dryRun: false,
    });

    expect(result).toBe('opened #113 "Mid-course review · Week 13"');
    // The same twelve weeks as the template's hand-checked review: 9 on track, 6 need
    // attention, 1 with no evidence yet (the review is not answered), 9 self-assessed;
    // the course and cohort come from the expectation document.
    const [course, , opening] = review?.body.split("\n") ?? [];
    expect(course).toBe("**Univelcity, Backend with Python \\& Django** · Foxtrot Cohort");
    expect(opening).toContain(
      "25 goals of your expectation document: 9 on track, 6 need attention, 1 with no evidence yet and 9 only you can judge.",
    );
    expect(review?.body).toContain("Weeks 1–12 · commits: 3, 8, 10, 7, 0, 12, 6, 9, 4, 11, 7, 5");
    expect(review?.body).toContain("Write view tests");
    expect(review?.body).toContain("https://github.com/ada/learning/blob/main/EXPECTATIONS.md");
    expect(readMarker(review?.body)).toMatchObject({
      kind: "review",
      review: "mid-course",
      week: 13,
    });
  });
});
