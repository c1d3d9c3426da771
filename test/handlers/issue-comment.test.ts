import { describe, expect, it } from "vitest";
import { readMarker, renderMarker, type Marker } from "../../src/domain/marker.js";
import { commentPayload, type CommentPayload } from "../helpers/comment-payload.js";
import { expectHomePass, listedIssue, OWN_ISSUES } from "../helpers/github-issues.js";
import { testProbot } from "../helpers/probot.js";

/*
 * GitHub's real issue_comment examples (Codertocat/Hello-World, issue #1, comment
 * 492700400), made into a comment on Checkpoint's week 8 issue in Codertocat's home repository.
 */

const REPO = "/repos/Codertocat/Hello-World";
const CONFIG =
  "learner:\n  login: Codertocat\n  name: Cosmas\ncourse:\n  start_date: 2025-09-30\n  timezone: Africa/Lagos\n";
const FIGURES = {
  commits: 9,
  activeDays: 5,
  testFiles: 2,
  newTestCases: 3,
  newTestCasesComplete: true,
  docsChanges: 1,
  streakDays: 6,
  streakCapped: false,
};
const WEEK8: Marker = {
  kind: "weekly",
  week: 8,
  window: { firstDay: "2025-11-17", lastDay: "2025-11-23" },
  figures: FIGURES,
};
const BOT = { login: "checkpoint[bot]", type: "Bot" };

const FULL_REPLY = `## Summary
Finished the Post and Comment models for the blog.

## Code
https://github.com/Codertocat/Hello-World/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345

## Challenges
Migrations broke when I renamed a field.

## What stuck
select_related vs prefetch_related finally makes sense.

## What needs review
My Comment.post foreign key.

## Next steps
- Write tests for the Post views
- Deploy to my Linux VM`;

function onWeeklyIssue(
  action: "created" | "edited",
  body: string,
  author = "Codertocat",
): CommentPayload {
  const payload =
    action === "created" ? commentPayload("created", body) : commentPayload("edited", body);
  Object.assign(payload, { installation: { id: 1 } });
  payload.comment.user.login = author;
  payload.sender.login = author;
  Object.assign(payload.issue, {
    user: { ...payload.issue.user, ...BOT },
    body: `Week 8\n${renderMarker(WEEK8)}`,
  });
  return payload;
}

function deliver(payload: CommentPayload, id = "delivery-1", now?: () => Date) {
  return testProbot(undefined, now).receive({
    id,
    name: "issue_comment",
    payload: payload as never,
  });
}

const learnerComment = (body: string, id = 492700400) => ({
  id,
  body,
  user: { login: "Codertocat", type: "User" },
  created_at: "2025-11-25T10:00:00Z",
});
const botComment = (body: string, id: number) => ({
  id,
  body,
  user: BOT,
  created_at: "2025-11-25T10:01:00Z",
});
const weekIssue = (comments: number) =>
  listedIssue({
    repo: "Codertocat/Hello-World",
    number: 1,
    title: "Week 8 · Nov 17 – Nov 23, 2025",
    body: renderMarker(WEEK8),
    comments,
  });

/** The token, the home repository's config and Checkpoint's own issues, read on every pass. */
function home(config = CONFIG, issues: unknown[] = [weekIssue(1)]) {
  return expectHomePass({ repo: "Codertocat/Hello-World", config, issues });
}

/**
 * The requests of a first reply: read the week's comments once, post the summary, and look
 * again for a racing twin. Nothing is written into the issue body: the reply is the fact.
 */
function expectFirstSummary(reply: string, config = CONFIG, issues = [weekIssue(1)]) {
  const posted = { summary: "" };
  home(config, issues)
    .get(`${REPO}/issues/1/comments`)
    .query(true)
    .reply(200, [learnerComment(reply)])
    .post(`${REPO}/issues/1/comments`, (body) => {
      posted.summary = body.body;
      return true;
    })
    .reply(201, { id: 900 })
    .get(`${REPO}/issues/1/comments`)
    .query(true)
    .reply(200, () => [learnerComment(reply), botComment(posted.summary, 900)]);
  return posted;
}

describe("a learner's reply on the weekly issue", () => {
  it("greets by the name the week's issue greeted by when the config names none", async () => {
    const unnamed = CONFIG.replace("  name: Cosmas\n", "");
    const greeted = listedIssue({
      repo: "Codertocat/Hello-World",
      number: 1,
      title: "Week 8 · Nov 17 – Nov 23, 2025",
      body: renderMarker({ ...WEEK8, greeting: "Cosmas" }),
      comments: 1,
    });
    const posted = expectFirstSummary(FULL_REPLY, unnamed, [greeted]);
    await deliver(onWeeklyIssue("created", FULL_REPLY));
    expect(posted.summary).toContain("Thanks for your update, Cosmas!");
  });

  it("is answered with one checkpoint summary reflecting every section and the next steps", async () => {
    const posted = expectFirstSummary(FULL_REPLY);

    await deliver(onWeeklyIssue("created", FULL_REPLY));
    const { summary } = posted;
    expect(summary).toContain("Thanks for your update, Cosmas!");
    expect(summary).toContain("- **Challenges:** Migrations broke when I renamed a field.");
    expect(summary).toContain("Week 8: 9 commits on 5 days · 2 test files, 3 new test cases");
    // No earlier closed weeks: a streak of one week is not announced yet.
    expect(summary).not.toContain("in a row");
    expect(readMarker(summary)).toEqual({
      kind: "reply-summary",
      week: 8,
      nextSteps: ["Write tests for the Post views", "Deploy to my Linux VM"],
      sections: ["summary", "code", "challenges", "whatStuck", "needsReview", "nextSteps"],
    });
  });

  it("reads a messy reply with no headings and asks gently for what is missing", async () => {
    const messy = "- got the blog models working\n- struggled with migrations\n- next: write tests";
    const posted = expectFirstSummary(messy);

    await deliver(onWeeklyIssue("created", messy));

    const { summary } = posted;
    expect(summary).toContain("got the blog models working");
    expect(summary).toMatch(/If you have a minute, a line on .* would round this off\./);
  });

  it("updates the same summary for an edit or a second reply, and writes nothing on a redelivery", async () => {
    const edited = FULL_REPLY.replace("Deploy to my Linux VM", "Deploy to Render");
    const old = renderMarker({ kind: "reply-summary", week: 8, nextSteps: [], sections: [] });
    let updated = "";
    home(CONFIG, [weekIssue(2)])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [learnerComment(edited), botComment(`old summary\n${old}`, 900)])
      .patch(`${REPO}/issues/comments/900`, (body) => {
        updated = body.body;
        return true;
      })
      .reply(200, {});
    await deliver(onWeeklyIssue("edited", edited));
    expect(updated).toContain("Deploy to Render");
    expect(updated).not.toContain("Deploy to my Linux VM");

    // The same delivery again: the summary already says exactly this, so nothing is written.
    home(CONFIG, [weekIssue(2)])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [learnerComment(edited), botComment(updated, 900)]);
    await deliver(onWeeklyIssue("edited", edited));
  });
});

const pausedIssue = {
  ...weekIssue(0),
  number: 2,
  title: "Checkpoint is paused",
  body: renderMarker({ kind: "paused", reason: "exams this week" }),
};

describe("commands", () => {
  it("pauses for a collaborator with write access: a paused issue and a confirmation", async () => {
    const command = learnerComment("/checkpoint pause exams this week");
    command.user.login = "mentor";
    let paused: { title: string; body: string } | undefined;
    let answer = "";
    home()
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [command])
      .get(`${REPO}/collaborators/mentor/permission`)
      .reply(200, { permission: "write", role_name: "write" })
      .post(`${REPO}/issues`, (body) => {
        paused = body;
        return true;
      })
      .reply(201, { number: 2, html_url: "https://github.com/Codertocat/Hello-World/issues/2" })
      // After opening, it looks again: one paused issue.
      .get(`${REPO}/issues`)
      .query(OWN_ISSUES)
      .reply(200, [weekIssue(1), pausedIssue])
      .post(`${REPO}/issues/1/comments`, (body) => {
        answer = body.body;
        return true;
      })
      .reply(201, { id: 901 })
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, () => [command, botComment(answer, 901)])
      // The pause changed what is due: the ledger is read again, and nothing else is owed.
      .get(`${REPO}/issues`)
      .query(OWN_ISSUES)
      .reply(200, [weekIssue(2), pausedIssue])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, () => [command, botComment(answer, 901)]);

    await deliver(onWeeklyIssue("created", "/checkpoint pause exams this week", "mentor"));

    expect(paused?.title).toBe("Checkpoint is paused");
    expect(readMarker(paused?.body)).toMatchObject({ kind: "paused", reason: "exams this week" });
    expect(readMarker(answer)).toEqual({
      kind: "command-reply",
      command: "pause",
      comment: 492700400,
    });
  });

  it("refuses the same command from a read-only user of a public repository, changing nothing", async () => {
    const command = learnerComment("/checkpoint pause");
    command.user.login = "passerby";
    let answer = "";
    home()
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [command])
      .get(`${REPO}/collaborators/passerby/permission`)
      .reply(200, { permission: "read", role_name: "read" })
      .post(`${REPO}/issues/1/comments`, (body) => {
        answer = body.body;
        return true;
      })
      .reply(201, { id: 902 })
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, () => [command, botComment(answer, 902)]);

    await deliver(onWeeklyIssue("created", "/checkpoint pause", "passerby"));

    expect(answer.split("\n")[0]).toMatch(/^[^.!?]*[.!?]$/);
    expect(readMarker(answer)).toMatchObject({ kind: "command-reply", comment: 492700400 });
  });

  it("answers status after the course without measuring a week that will never be posted", async () => {
    let answer = "";
    // A four-week course that started 2025-09-30 is over by the test's clock (Nov 26).
    home(`${CONFIG}  weeks: 4\n`)
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [learnerComment("/checkpoint status")])
      .post(`${REPO}/issues/1/comments`, (body) => {
        answer = body.body;
        return true;
      })
      .reply(201, { id: 903 })
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, () => [learnerComment("/checkpoint status"), botComment(answer, 903)])
      // The final review is due: without an expectation document, none is opened.
      .get(`${REPO}/contents/EXPECTATIONS.md`)
      .reply(404, { message: "Not Found" });
    await deliver(onWeeklyIssue("created", "/checkpoint status"));
    expect(answer).toContain("- Your course's 4 weeks are over: no more weekly issues.");
    expect(answer).toContain("Your config reads cleanly.");
    expect(readMarker(answer)).toEqual({
      kind: "command-reply",
      command: "status",
      comment: 492700400,
    });
  });

  it("does not answer a command it has already answered (a redelivery)", async () => {
    home(CONFIG, [weekIssue(2)])
      .get(`${REPO}/issues/1/comments`)
      .query(true)
      .reply(200, [
        learnerComment("/checkpoint help"),
        botComment(
          renderMarker({ kind: "command-reply", command: "help", comment: 492700400 }),
          901,
        ),
      ]);
    await deliver(onWeeklyIssue("created", "/checkpoint help"), "delivery-2");
  });
});

describe("comments Checkpoint ignores", () => {
  it("makes no request for a bot's comment, its own included", async () => {
    const payload = onWeeklyIssue("created", FULL_REPLY);
    Object.assign(payload.comment.user, BOT);
    Object.assign(payload.sender, { type: "Bot" });
    await deliver(payload);
  });

  it("makes no request for a comment on an issue Checkpoint did not open, a command included", async () => {
    for (const text of [FULL_REPLY, "/checkpoint pause"]) {
      const payload = commentPayload("created", text);
      Object.assign(payload, { installation: { id: 1 } });
      await deliver(payload);
    }
  });

  it("makes no request for an issue opened by another bot carrying a forged marker", async () => {
    const payload = onWeeklyIssue("created", "/checkpoint pause");
    Object.assign(payload.issue.user, { login: "other-app[bot]", type: "Bot" });
    await deliver(payload);
  });
});
