import nock from "nock";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/domain/marker.js";
import { reviewIssue } from "../../src/templates/review/index.js";
import { testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";
import { midCourse } from "../templates/review/twelve-weeks.js";

const API = "https://api.github.com";
const REPO = "/repos/Codertocat/Hello-World";
const RAW = { "content-type": "text/plain; charset=utf-8" };
const BOT = { login: "checkpoint[bot]", type: "Bot" };
const review = reviewIssue(midCourse).body;

/** Ticks the box of the line that names `text`, as GitHub does when the learner clicks it. */
const tick = (markdown: string, text: string) =>
  markdown
    .split("\n")
    .map((line) => (line.includes(text) ? line.replace("- [ ]", "- [x]") : line))
    .join("\n");

type EditedPayload = {
  installation?: { id: number };
  issue: { number: number; body: string; user: Record<string, unknown> };
  changes: { body?: { from: string } };
  sender: { type: string };
};

/** GitHub's real issues.edited example, made into the learner ticking the review's boxes. */
function edited(body: string, from: string): EditedPayload {
  const payload = webhookExample<EditedPayload>("issues", (p) => p.action === "edited");
  payload.installation = { id: 1 };
  Object.assign(payload.issue, { body, user: { ...payload.issue.user, ...BOT } });
  payload.changes = { body: { from } };
  return payload;
}

describe("ticking the review's checklist", () => {
  it("is acknowledged in one summary comment naming the ticked goals", async () => {
    let acknowledgement = "";
    const ticked = tick(tick(review, "Gain confidence"), "Build a portfolio");
    nock(API)
      .post("/app/installations/1/access_tokens")
      .reply(201, { token: "ghs_test" })
      .get(`${REPO}/contents/.github%2Fcheckpoint.yml`)
      .reply(200, "learner:\n  login: Codertocat\n", RAW)
      .get(`${REPO}/contents/EXPECTATIONS.md`)
      .reply(200, readFileSync("test/fixtures/EXPECTATIONS.md", "utf8"), RAW)
      .get(
        `${REPO}/issues/${webhookExample<EditedPayload>("issues", (p) => p.action === "edited").issue.number}/comments`,
      )
      .query(true)
      .reply(200, [])
      .post(/\/repos\/Codertocat\/Hello-World\/issues\/\d+\/comments/, (body) => {
        acknowledgement = body.body;
        return true;
      })
      .reply(201, {});

    await testProbot().receive({
      id: "1",
      name: "issues",
      payload: edited(ticked, review) as never,
    });

    // Nine goals are self-assessed in the reference document; two were ticked.
    expect(acknowledgement).toContain("You marked 2 of the 9 goals only you can judge as reached:");
    expect(acknowledgement).toContain(
      "- Gain confidence in backend development to build full-stack applications in future",
    );
    expect(readMarker(acknowledgement)).toMatchObject({
      kind: "review-summary",
      review: "mid-course",
      checked: [
        "personal-growth/confidence-backend-development-build",
        "personal-growth/build-portfolio-demonstrates-backend",
      ],
    });
  });

  it("makes no request when the edit left the checklist as it was", async () => {
    await testProbot().receive({
      id: "2",
      name: "issues",
      payload: edited(`${review}\n\nA note the learner added.`, review) as never,
    });
  });
});
