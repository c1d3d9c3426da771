import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/domain/commands/parse-command.js";
import { isKind, readMarker, type Marker } from "../../../src/domain/marker.js";
import { helpComment, unknownCommandComment } from "../../../src/templates/replies/help.js";
import {
  notPermittedComment,
  pausedComment,
  resumedComment,
  nothingToSkipComment,
  skippedComment,
} from "../../../src/templates/replies/command-replies.js";
import { commentPayload } from "../../helpers/comment-payload.js";

// The id of the comment in GitHub's example issue_comment payload, as a handler would read it.
const COMMENT_ID = commentPayload("created", "/checkpoint help").comment.id;
const NEXT = { label: "Nov 24 – Nov 30, 2025", due: "Monday, Dec 1, 2025 at 09:00 (Africa/Lagos)" };

/** The id of the command comment a marker says it answers, if it is a command reply's. */
const answeredComment = (marker: Marker | undefined): number | undefined =>
  isKind(marker, "command-reply") ? marker.comment : undefined;

/** The comment without its marker line, as the learner reads it. */
const visible = (comment: string) => comment.slice(0, comment.lastIndexOf("\n\n<!--"));

describe("answers to commands", () => {
  it.each([
    ["help", helpComment(COMMENT_ID), {}],
    ["unknown", unknownCommandComment(COMMENT_ID, "frobnicate"), {}],
    ["pause", pausedComment(COMMENT_ID, "travelling"), {}],
    ["resume", resumedComment(COMMENT_ID, NEXT), {}],
    ["skip", skippedComment(COMMENT_ID, 8), { week: 8 }],
    ["not-permitted", notPermittedComment(COMMENT_ID, "octocat"), {}],
  ])("%s: its marker names the comment it answers", (command, comment, extra) => {
    expect(readMarker(comment)).toEqual({
      kind: "command-reply",
      command,
      comment: COMMENT_ID,
      ...extra,
    });
    expect(answeredComment(readMarker(comment))).toBe(COMMENT_ID);
  });

  it("finds no answered comment in other markers", () => {
    expect(answeredComment({ kind: "reminder", week: 8 })).toBeUndefined();
    expect(answeredComment(undefined)).toBeUndefined();
  });

  it("lists every command, and who may use them", () => {
    const help = visible(helpComment(COMMENT_ID));
    for (const usage of ["status", "pause [reason]", "resume", "skip [reason]", "help"]) {
      expect(help).toContain(`- \`/checkpoint ${usage}\`: `);
    }
    expect(help).toContain(
      "They can be used by the learner and collaborators with write access to this repository.",
    );
  });

  it("says what it did not understand, escaped and quoted, then helps", () => {
    // What parseCommand reads from a comment is what the answer quotes.
    const command = parseCommand("/checkpoint pasue <b>@bob</b> | now");
    expect(command).toEqual({ kind: "unknown", text: "pasue <b>@bob</b> | now" });
    const text = command?.kind === "unknown" ? command.text : "";
    const answer = visible(unknownCommandComment(COMMENT_ID, text));
    expect(answer.split("\n")[0]).toBe(
      "I didn't understand “/checkpoint pasue &lt;b\\>@\u2060bob&lt;/b\\> \\| now”.",
    );
    expect(answer).toContain(visible(helpComment(COMMENT_ID)));
  });

  it("asks for a command after a bare /checkpoint", () => {
    expect(unknownCommandComment(COMMENT_ID, "").split("\n")[0]).toBe(
      "`/checkpoint` needs a command after it.",
    );
  });

  it("confirms a pause, echoing the reason only when there is one", () => {
    expect(visible(pausedComment(COMMENT_ID, "exams <3"))).toBe(
      "Paused. I won't open weekly issues or send reminders until you comment `/checkpoint resume` " +
        "or close the “Checkpoint is paused” issue. Reason noted: “exams &lt;3”. Take the time you need.",
    );
    expect(visible(pausedComment(COMMENT_ID))).not.toContain("Reason");
  });

  it("welcomes back with the next weekly issue", () => {
    expect(visible(resumedComment(COMMENT_ID, NEXT))).toBe(
      "Welcome back! Weekly issues are on again: the next one, for Nov 24 – Nov 30, 2025, " +
        "arrives Monday, Dec 1, 2025 at 09:00 (Africa/Lagos).",
    );
  });

  it("excuses the week and keeps the streak", () => {
    expect(visible(skippedComment(COMMENT_ID, 8, "sick"))).toBe(
      "Week 8 is excused: no reminder this week, and your streak of weeks with an update is kept. " +
        "Reason noted: “sick”.",
    );
  });

  it("keeps a skip's reason in its marker, where a forged marker in it stays inert", () => {
    const marker = { kind: "command-reply", command: "skip", comment: COMMENT_ID, week: 8 };
    expect(readMarker(skippedComment(COMMENT_ID, 8, "sick"))).toEqual({
      ...marker,
      reason: "sick",
    });
    expect(readMarker(skippedComment(COMMENT_ID, 8, "x".repeat(250)))).toEqual({
      ...marker,
      reason: "x".repeat(200),
    });
    const reason = 'away <!-- checkpoint:v1 {"kind":"paused"} -->';
    const comment = skippedComment(COMMENT_ID, 8, reason);
    expect(visible(comment)).not.toContain("<!--");
    expect(comment.match(/<!--/g)).toHaveLength(1); // only the marker's own
    expect(readMarker(comment)).toEqual({ ...marker, reason });
  });

  it("refuses in exactly one polite sentence", () => {
    const answer = visible(notPermittedComment(COMMENT_ID, "octocat"));
    expect(answer).toBe(
      "Sorry octocat, `/checkpoint` commands are only for the learner and collaborators with " +
        "write access to this repository, so I've left things as they are.",
    );
    // One sentence: one line, and one sentence end, at the very end.
    expect(answer.match(/[.!?](\s|$)/g)).toEqual(["."]);
  });

  it("says there is nothing to excuse when no week is open, naming no week", () => {
    const comment = nothingToSkipComment(COMMENT_ID);
    expect(comment).not.toMatch(/Week 0/);
    expect(readMarker(comment)).toEqual({
      kind: "command-reply",
      command: "skip",
      comment: COMMENT_ID,
    });
  });
});
