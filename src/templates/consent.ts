import { renderMarker } from "../domain/marker.js";
import { commandReplyMarker } from "./replies/command-marker.js";
import { escapeText } from "./weekly/escape.js";

/**
 * The issue that waits for the learner a config names to agree before any figure about them
 * is posted. It names them without an @-mention: nobody but a confirmed learner is pinged.
 */
export function consentIssue(view: { login: string; owner: string }): {
  title: string;
  body: string;
} {
  const login = escapeText(view.login);
  return {
    title: `Checkpoint is waiting for ${view.login} to confirm`,
    body: [
      `A config in this repository asks Checkpoint to post weekly figures about **${login}**: their commits, active days, tests and documentation in the repositories \`${escapeText(view.owner)}\` has installed Checkpoint on.`,
      "",
      `Nothing about ${login} is posted until they agree. ${login}: if you want this, comment \`/checkpoint confirm\` here. Nobody else can confirm for you, and until you do, nothing is measured or posted.`,
      "",
      renderMarker({ kind: "consent", login: view.login }),
    ].join("\n"),
  };
}

/** The answer to the learner's `/checkpoint confirm`; its marker records the consent. */
export function confirmedComment(commentId: number, login: string): string {
  return [
    `Thanks, ${escapeText(login)}: Checkpoint will post your weekly figures here, starting with the next weekly issue.`,
    "",
    commandReplyMarker("confirm", commentId, undefined, login),
  ].join("\n");
}

/** The answer to `/checkpoint confirm` from anyone but the learner: nothing changes. */
export function notTheLearnerComment(commentId: number, login: string): string {
  return [
    `Only ${escapeText(login)} can confirm that figures about them are posted, so I've left things as they are.`,
    "",
    commandReplyMarker("not-permitted", commentId),
  ].join("\n");
}

/** The answer to `/checkpoint status` while the learner has not confirmed: no figure. */
export function awaitingComment(commentId: number, login: string): string {
  return [
    `Checkpoint is waiting for ${escapeText(login)} to confirm with \`/checkpoint confirm\` on the “Checkpoint is waiting for ${escapeText(login)} to confirm” issue. Until then nothing is measured or posted.`,
    "",
    commandReplyMarker("status", commentId),
  ].join("\n");
}

/** The answer to a `/checkpoint confirm` that was edited into one: only a new comment counts. */
export function confirmEditedComment(commentId: number): string {
  return [
    "That comment was edited, and anyone with write access can edit a comment, so I can't take it as your confirmation. Write `/checkpoint confirm` in a new comment.",
    "",
    commandReplyMarker("confirm-edited", commentId),
  ].join("\n");
}
