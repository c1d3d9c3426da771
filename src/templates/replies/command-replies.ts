import { escapeText, quoteMessage } from "../weekly/escape.js";
import type { NextIssue } from "../../domain/week/next-issue.js";
import { number } from "../../domain/words.js";
import { commandReplyMarker } from "./command-marker.js";
import { WHO_MAY_COMMAND } from "./help.js";
import { PAUSED_TITLE } from "./paused-issue.js";

export type { NextIssue };

/** A reason given with a command, echoed back so the learner sees it was heard. */
function reasonNoted(reason: string | undefined): string {
  return reason === undefined || reason.trim() === ""
    ? ""
    : ` Reason noted: ${quoteMessage(reason)}.`;
}

/** The answer to `/checkpoint pause [reason]`. */
export function pausedComment(commentId: number, reason?: string): string {
  return [
    "Paused. I won't open weekly issues or send reminders until you comment `/checkpoint resume` " +
      `or close the “${PAUSED_TITLE}” issue.${reasonNoted(reason)} Take the time you need.`,
    "",
    commandReplyMarker("pause", commentId),
  ].join("\n");
}

/** The answer to `/checkpoint resume`: welcome back, and when the next weekly issue comes. */
export function resumedComment(commentId: number, nextIssue: NextIssue): string {
  return [
    `Welcome back! Weekly issues are on again: the next one, for ${nextIssue.label}, arrives ${nextIssue.due}.`,
    "",
    commandReplyMarker("resume", commentId),
  ].join("\n");
}

/** The answer to `/checkpoint skip [reason]`; its marker names the excused week, which is how it is remembered. */
export function skippedComment(commentId: number, week: number, reason?: string): string {
  return [
    `Week ${number(week)} is excused: no reminder this week, and your streak of weeks with an update is kept.${reasonNoted(reason)}`,
    "",
    commandReplyMarker("skip", commentId, { week, reason }),
  ].join("\n");
}

/** The answer to `/checkpoint skip` when no week is open to excuse. */
export function nothingToSkipComment(commentId: number): string {
  return [
    "There's no open week to excuse yet: `/checkpoint skip` excuses the week of the latest weekly issue while it is open.",
    "",
    commandReplyMarker("skip", commentId),
  ].join("\n");
}

/**
 * The note on a week's own issue when it was excused by a command written elsewhere: the
 * week's facts live on its issue, so the excuse is recorded there too.
 */
export function skipNoteComment(params: {
  commentId: number;
  week: number;
  reason?: string | undefined;
  from: number;
}): string {
  const { commentId, week, reason, from } = params;
  return [
    `Week ${number(week)} is excused with \`/checkpoint skip\` on #${from}.${reasonNoted(reason)}`,
    "",
    commandReplyMarker("skip", commentId, { week, reason }),
  ].join("\n");
}

/** One polite sentence to someone who may not use commands here; nothing is done. */
export function notPermittedComment(commentId: number, login: string): string {
  return [
    `Sorry ${escapeText(login)}, \`/checkpoint\` commands are only for ${WHO_MAY_COMMAND}, so I've left things as they are.`,
    "",
    commandReplyMarker("not-permitted", commentId),
  ].join("\n");
}
