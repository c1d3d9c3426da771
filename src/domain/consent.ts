import { isKind } from "./marker.js";
import type { LedgerCommentView } from "./schedule/week-facts.js";

/*
 * Figures about a person are posted only for that person: the account the app is
 * installed on, or a learner who confirmed it. Anywhere else (an organisation's
 * repositories, or a config naming someone other than the account), anyone who can commit
 * a config could otherwise watch someone else.
 */

/** Whether the learner a config names must confirm before any figure about them is posted. */
export function consentNeeded(params: {
  learner: string;
  /** The home repository's owner, the installation's account. */
  owner: string;
  /** "User" or "Organization". */
  ownerType: string;
}): boolean {
  return params.ownerType !== "User" || params.learner.toLowerCase() !== params.owner.toLowerCase();
}

/**
 * Whether `login` confirmed, as Checkpoint's own answer to their `/checkpoint confirm`
 * records it. Anyone with write access can edit any comment, Checkpoint's included, so an
 * edited answer records nothing (Checkpoint never edits these).
 */
export function confirmedBy(comments: readonly LedgerCommentView[], login: string): boolean {
  return comments.some(
    (comment) =>
      !comment.edited &&
      isKind(comment.marker, "command-reply") &&
      comment.marker.command === "confirm" &&
      comment.marker.login?.toLowerCase() === login.toLowerCase(),
  );
}
