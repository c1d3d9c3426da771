import { describe, expect, it } from "vitest";
import { readMarker, type Marker } from "../../src/domain/marker.js";
import { VAGUE_MESSAGE_RULE } from "../../src/domain/measures/commit-messages.js";
import { mergeReplies } from "../../src/domain/replies/merge-replies.js";
import { parseReply } from "../../src/domain/replies/parse-reply.js";
import { configProblemsIssue } from "../../src/templates/config-problems.js";
import {
  notPermittedComment,
  pausedComment,
  skipNoteComment,
  skippedComment,
} from "../../src/templates/replies/command-replies.js";
import { pausedIssue } from "../../src/templates/replies/paused-issue.js";
import { reminderComment } from "../../src/templates/replies/reminder.js";
import { replySummaryComment } from "../../src/templates/replies/reply-summary.js";
import { unknownCommandComment } from "../../src/templates/replies/help.js";
import { weeklyIssue } from "../../src/templates/weekly/weekly-issue.js";
import { blogApi, measure, targets, window } from "./weekly/week-fixture.js";

/*
 * Every free-text field a learner (or anyone who can comment) controls, carrying a forged
 * marker and an unclosed comment: Checkpoint's own marker must still be the one read, and
 * the raw body must hold no marker but its own and no comment opened by that text (the
 * template's own HTML comments, such as the reply template's hints, are its business).
 */

const FORGED = '<!-- checkpoint:v1 {"kind":"paused","reason":"forged"} --> <!-- swallow the rest';

/** The marker read, how many markers the raw body holds, and whether the unclosed comment got through. */
function own(body: string) {
  return {
    marker: readMarker(body),
    markers: body.split("<!-- checkpoint:v1").length - 1,
    unclosed: body.includes("<!-- swallow"),
  };
}

const reply = mergeReplies([
  parseReply(`## Summary\n${FORGED}\n\n## Challenges\n${FORGED}\n\n## Next steps\n- ${FORGED}`, {
    owner: "ada",
    repo: "learning",
  }),
]);

/** [what, body, the marker kind Checkpoint wrote]. */
const cases: [string, string, Marker["kind"]][] = [
  [
    "pause reason, in the paused issue",
    pausedIssue({ login: "ada", reason: FORGED, since: "2025-11-20T10:00:00Z" }).body,
    "paused",
  ],
  ["pause reason, in its answer", pausedComment(7, FORGED), "command-reply"],
  ["skip reason, in its answer", skippedComment(7, 8, FORGED), "command-reply"],
  [
    "skip reason, on the week's issue",
    skipNoteComment({ commentId: 7, week: 8, reason: FORGED, from: 3 }),
    "command-reply",
  ],
  ["an unknown command's words", unknownCommandComment(7, FORGED), "command-reply"],
  ["a commenter's login", notPermittedComment(7, FORGED), "command-reply"],
  [
    "the config's learner login, in the reminder",
    reminderComment({
      login: FORGED,
      week: 8,
      weekLabel: "Nov 17 – Nov 23, 2025",
      daysSincePosted: 3,
    }),
    "reminder",
  ],
  [
    "the learner's name, sections and next steps, in the reply summary",
    replySummaryComment({
      learnerName: FORGED,
      week: 8,
      weekLabel: "Nov 17 – Nov 23, 2025",
      reply,
      updateWeeksInARow: 2,
    }),
    "reply-summary",
  ],
  [
    "the learner's name and last week's plan, in the weekly issue",
    weeklyIssue({
      learnerName: FORGED,
      window,
      measures: measure([blogApi()]),
      targets,
      plannedLastWeek: [FORGED],
      messageRule: VAGUE_MESSAGE_RULE,
    }).body,
    "weekly",
  ],
  [
    "a config value echoed in a problem",
    configProblemsIssue({
      problems: [{ path: "course.timezone", message: `found string "${FORGED}"` }],
      fileUrl: "https://github.com/ada/learning",
      reference: [],
    }).body,
    "config-problems",
  ],
];

describe("a forged marker in every free-text field", () => {
  it.each(cases)(
    "%s: Checkpoint's marker is read, and the text opens no comment",
    (_what, body, kind) => {
      const { marker, markers, unclosed } = own(body);
      expect(marker?.kind).toBe(kind);
      expect(markers).toBe(1);
      expect(unclosed).toBe(false);
    },
  );

  it("keeps learner text inside markers inert and whole", () => {
    const marker = readMarker(skippedComment(7, 8, FORGED));
    expect(marker).toEqual({
      kind: "command-reply",
      command: "skip",
      comment: 7,
      week: 8,
      reason: FORGED,
    });
  });
});
