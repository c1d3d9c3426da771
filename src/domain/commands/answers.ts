import { isKind } from "../marker.js";
import type { LedgerCommentView } from "../schedule/week-facts.js";
import { hasArrived, isoInstant, parseInstant } from "../week/time.js";
import { parseCommand } from "./parse-command.js";

/*
 * Which commands on one of Checkpoint's issues are owed an answer, read from the issue's
 * comments as they are: answers name the comment they answer.
 */

/** How long an unanswered command is still answered: older ones were meant for another time. */
const COMMAND_MAX_AGE_DAYS = 7;

/**
 * Commands on an issue that have no answer yet: people's `/checkpoint` comments younger
 * than COMMAND_MAX_AGE_DAYS at `now` with no answer of the app's own naming them.
 */
export function unansweredCommands(
  comments: readonly LedgerCommentView[],
  now: Date,
): LedgerCommentView[] {
  const answered = new Set(
    comments.flatMap((comment) =>
      isKind(comment.marker, "command-reply") ? [comment.marker.comment] : [],
    ),
  );
  const stale = (comment: LedgerCommentView) =>
    hasArrived(
      isoInstant(parseInstant(comment.createdAt).plus({ days: COMMAND_MAX_AGE_DAYS })),
      now,
    );
  return comments.filter(
    (comment) =>
      comment.person &&
      !answered.has(comment.id) &&
      parseCommand(comment.body) !== undefined &&
      !stale(comment),
  );
}

/** How long after refusing someone on an issue Checkpoint stays silent there. */
const REFUSAL_QUIET_DAYS = 1;

/**
 * Whether someone without write access is to be refused at `at` on an issue whose own
 * refusals were posted at `refusals`: once a day per issue, so a stranger's many commands
 * cannot make Checkpoint write many comments.
 */
export function refusalOwed(refusals: readonly string[], at: string): boolean {
  const quietUntil = (refused: string) =>
    isoInstant(parseInstant(refused).plus({ days: REFUSAL_QUIET_DAYS }));
  return refusals.every((refused) => hasArrived(quietUntil(refused), at));
}

/** When Checkpoint refused commands on an issue, from its answers there. */
export function refusalsOn(comments: readonly LedgerCommentView[]): string[] {
  return comments.flatMap((comment) =>
    isKind(comment.marker, "command-reply") && comment.marker.command === "not-permitted"
      ? [comment.createdAt]
      : [],
  );
}
