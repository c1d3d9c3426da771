import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMarker, renderMarker } from "../../src/domain/marker.js";
import { reviewIssue } from "../../src/templates/review/review-issue.js";
import { expectHomePass, listedIssue, RAW, webhookOutcome } from "../helpers/github-issues.js";
import { BOT as BOT_LOGIN, captureLogger, testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";
import { midCourse } from "../templates/review/twelve-weeks.js";

const REPO = "/repos/Codertocat/Hello-World";
const BOT = { login: BOT_LOGIN, type: "Bot" };
/** The start date is in the config, so only the checklist's acknowledgement reads the document. */
const CONFIG = "learner:\n  login: Codertocat\ncourse:\n  start_date: 2025-09-30\n";
const review = reviewIssue(midCourse);
/** Week 13 (Dec 22 – Dec 28) was posted Monday Dec 29; its review is open beside it. */
const NOW = () => new Date("2025-12-31T12:00:00Z");
const CONFIDENCE = "personal-growth/confidence-backend-development-build";
const PORTFOLIO = "personal-growth/build-portfolio-demonstrates-backend";

/** Ticks the box of the line that names `text`, as GitHub does when the learner clicks it. */
const tick = (markdown: string, text: string) =>
  markdown
    .split("\n")
    .map((line) => (line.includes(text) ? line.replace("- [ ]", "- [x]") : line))
    .join("\n");

type IssuePayload = {
  installation?: { id: number };
  issue: { number: number; body: string; user: Record<string, unknown> };
  sender: { type: string };
};
type EditedPayload = IssuePayload & { changes: { body?: { from: string } } };

/** GitHub's real issues.edited example, made into the learner ticking the review's boxes. */
function edited(body: string, from: string): EditedPayload {
  const payload = webhookExample<EditedPayload>("issues", (p) => p.action === "edited");
  payload.installation = { id: 1 };
  Object.assign(payload.issue, { body, user: { ...payload.issue.user, ...BOT } });
  payload.changes = { body: { from } };
  return payload;
}

/** The review as GitHub lists it now (issue #1, as in the example payload). */
function reviewListed(body: string, comments = 0, labels = [{ name: "checkpoint" }]) {
  return listedIssue({
    repo: "Codertocat/Hello-World",
    number: 1,
    title: review.title,
    body,
    comments,
    labels,
    createdAt: "2025-12-29T09:00:05Z",
  });
}

const week13 = listedIssue({
  repo: "Codertocat/Hello-World",
  number: 14,
  title: "Week 13 · Dec 22 – Dec 28, 2025",
  body: `…\n${renderMarker({ kind: "weekly", week: 13 })}`,
  createdAt: "2025-12-29T09:00:03Z",
});

/** The token, the home's config and Checkpoint's own issues: read on every pass. */
function home(listed: unknown[]) {
  return expectHomePass({ repo: "Codertocat/Hello-World", config: CONFIG, issues: listed });
}

const summaryComment = (id: number, body: string) => ({
  id,
  body,
  user: BOT,
  created_at: "2025-12-31T12:00:01Z",
});

async function deliver(payload: IssuePayload, id = "1") {
  const { log, lines } = captureLogger();
  await testProbot(log, NOW).receive({ id, name: "issues", payload: payload as never });
  return webhookOutcome(lines);
}

/** Nothing else is due: week 13 is posted, its reminder comes Jan 1 (3 days after Dec 29). */
const IDLE = {
  home: "Codertocat/Hello-World",
  status: "ok",
  detail: "nothing to do: week 13's issue is already posted",
  wakeAt: "2026-01-01T09:00:00Z",
};

describe("ticking the review's checklist", () => {
  it("is acknowledged in one summary comment naming the ticked goals", async () => {
    let acknowledgement = "";
    const ticked = tick(tick(review.body, "Gain confidence"), "Build a portfolio");
    // The ledger lists the review as it reads now, ticked; it has no comment yet.
    home([reviewListed(ticked), week13])
      .get(`${REPO}/contents/EXPECTATIONS.md`)
      .reply(200, readFileSync("test/fixtures/EXPECTATIONS.md", "utf8"), RAW)
      .post(`${REPO}/issues/1/comments`, (body) => {
        acknowledgement = body.body;
        return true;
      })
      .reply(201, { id: 60 })
      // It looks again: had another run acknowledged too, the younger copy would go.
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, () => [summaryComment(60, acknowledgement)]);

    const outcome = await deliver(edited(ticked, review.body));

    expect(outcome).toEqual({ ...IDLE, detail: "checklist acknowledged on #1 (posted)" });
    // Nine goals are self-assessed in the reference document; two were ticked.
    expect(acknowledgement).toContain("You marked 2 of the 9 goals only you can judge as reached:");
    expect(acknowledgement).toContain(
      "- Gain confidence in backend development to build full-stack applications in future",
    );
    expect(readMarker(acknowledgement)).toMatchObject({
      kind: "review-summary",
      review: "mid-course",
      checked: [CONFIDENCE, PORTFOLIO],
    });
  });

  it("edits the one summary comment when the ticks change, rather than posting another", async () => {
    let edit = "";
    const before = tick(review.body, "Gain confidence");
    const after = tick(before, "Build a portfolio");
    const said = renderMarker({
      kind: "review-summary",
      review: "mid-course",
      week: 13,
      checked: [CONFIDENCE],
    });
    home([reviewListed(after, 1), week13])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [summaryComment(60, `You marked 1 of the 9 goals…\n\n${said}`)])
      .get(`${REPO}/contents/EXPECTATIONS.md`)
      .reply(200, readFileSync("test/fixtures/EXPECTATIONS.md", "utf8"), RAW)
      .patch(`${REPO}/issues/comments/60`, (body) => {
        edit = body.body;
        return true;
      })
      .reply(200, { id: 60 });

    const outcome = await deliver(edited(after, before));

    expect(outcome).toEqual({ ...IDLE, detail: "checklist acknowledged on #1 (updated)" });
    expect(edit).toContain("You marked 2 of the 9 goals only you can judge as reached:");
    expect(readMarker(edit)).toMatchObject({
      kind: "review-summary",
      review: "mid-course",
      checked: [CONFIDENCE, PORTFOLIO],
    });
  });

  it("writes nothing, and leaves the document unread, when the summary already says what is ticked", async () => {
    const ticked = tick(tick(review.body, "Gain confidence"), "Build a portfolio");
    const said = renderMarker({
      kind: "review-summary",
      review: "mid-course",
      week: 13,
      checked: [CONFIDENCE, PORTFOLIO],
    });
    // A redelivery, or the learner editing the review's text: the comments are read once.
    home([reviewListed(`${ticked}\n\nA note the learner added.`, 1), week13])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [summaryComment(60, `You marked 2 of the 9 goals…\n\n${said}`)]);

    // Any other request (the document, a write) would be unmatched and fail the pass.
    expect(await deliver(edited(`${ticked}\n\nA note the learner added.`, ticked))).toEqual(IDLE);
  });

  it("makes no write, and reads neither comments nor the document, when the edit left the checklist as it was", async () => {
    // Every webhook now reconciles the learner's home (config and issue listing read); an
    // edit that ticked nothing, on a review with no summary, asks for nothing more.
    home([reviewListed(`${review.body}\n\nA note the learner added.`), week13]);
    const outcome = await deliver(
      edited(`${review.body}\n\nA note the learner added.`, review.body),
    );
    expect(outcome).toEqual(IDLE);
  });

  it("makes no request when the edited issue is not one Checkpoint opened", async () => {
    const payload = edited(tick(review.body, "Gain confidence"), review.body);
    Object.assign(payload.issue, { user: { login: "Codertocat", type: "User" } });
    // Nothing is mocked: any request, even the installation token, would fail the delivery.
    expect(await deliver(payload)).toBeUndefined();
  });
});

describe("removing the checkpoint label", () => {
  it("puts it back on Checkpoint's issue", async () => {
    const payload = webhookExample<IssuePayload>("issues", (p) => p.action === "unlabeled");
    payload.installation = { id: 1 };
    Object.assign(payload, { label: { name: "checkpoint" } });
    Object.assign(payload.issue, { labels: [], user: { ...payload.issue.user, ...BOT } });
    home([reviewListed(review.body, 0, []), week13])
      .post(`${REPO}/issues/1/labels`, { labels: ["checkpoint"] })
      .reply(200, [{ name: "checkpoint" }]);

    expect(await deliver(payload)).toEqual({ ...IDLE, detail: "restored the label on #1" });
  });
});
