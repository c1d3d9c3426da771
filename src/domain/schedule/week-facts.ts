import { parseCommand } from "../commands/parse-command.js";
import { isKind, markerSteps, type CarriedWeek, type Marker, type MarkerOf } from "../marker.js";
import type { RepoContext } from "../replies/code-links.js";
import { mergeReplies } from "../replies/merge-replies.js";
import { parseReply, type ParsedReply } from "../replies/parse-reply.js";

/** A comment on one of Checkpoint's issues, as the ledger read it. */
export interface LedgerCommentView {
  id: number;
  body: string;
  authorLogin: string;
  createdAt: string;
  /** Changed since it was written: by its author, or by anyone with write access. */
  edited: boolean;
  /** Written by the app's own bot account. */
  own: boolean;
  /** Written by a person, not an app. */
  person: boolean;
  /** The marker of an own comment; nobody else's is read. */
  marker?: Marker;
}

/** What a week's issue shows happened, derived afresh from its comments on every pass. */
export interface WeekFacts {
  week: number;
  /** The learner's (or a writer's) replies: people's comments that are not commands. */
  replies: LedgerCommentView[];
  /** The replies read as one update. */
  reply: ParsedReply;
  update: boolean;
  nextSteps: string[];
  skipped: boolean;
}

/**
 * A week's facts, all appended by someone: replies by the learner or a writer
 * (`mayReply`), the skip recorded by Checkpoint's answer to `/checkpoint skip`. Nothing is
 * kept in the issue body, so two things happening at once both count, and a deleted
 * reply no longer does. Markers written before facts were appended (`updatePosted`,
 * `skipped` in the body) still count.
 */
export function weekFacts(params: {
  marker: MarkerOf<"weekly">;
  comments: readonly LedgerCommentView[];
  mayReply: (login: string) => boolean;
  repo: RepoContext;
}): WeekFacts {
  const { marker, comments, mayReply, repo } = params;
  const replies = comments.filter(
    (comment) => comment.person && !parseCommand(comment.body) && mayReply(comment.authorLogin),
  );
  const reply = mergeReplies(replies.map((comment) => parseReply(comment.body, repo)));
  const legacySteps = replies.length === 0 ? (marker.nextSteps ?? []) : [];
  const skipped =
    marker.skipped === true ||
    comments.some(
      (comment) =>
        isKind(comment.marker, "command-reply") &&
        comment.marker.command === "skip" &&
        comment.marker.week === marker.week,
    );
  return {
    week: marker.week,
    replies,
    reply,
    update: replies.length > 0 || marker.updatePosted === true,
    nextSteps: markerSteps(replies.length > 0 ? reply.nextSteps : legacySteps),
    skipped,
  };
}

/**
 * The facts of a week as the next week's issue carries them forward. Weeks in a row with
 * an update continue from `before` (the count this week's own issue carried): an update
 * adds one, an excused week keeps the count, anything else starts again from nought.
 */
export function carryForward(
  marker: MarkerOf<"weekly">,
  facts: Pick<WeekFacts, "update" | "skipped" | "nextSteps">,
  before: number,
): CarriedWeek {
  const updatesInARow = facts.update ? before + 1 : facts.skipped ? before : 0;
  return {
    week: marker.week,
    update: facts.update,
    skipped: facts.skipped,
    nextSteps: facts.nextSteps,
    updatesInARow,
  };
}
