import type { LearnerIdentity } from "./activity.js";

/** Who made a commit, as GitHub and git record it. */
export interface CommitAuthor {
  authorLogin?: string;
  authorEmail: string;
}

const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.(?:github\.com|[^@]+)$/i;

/** Bots are never the learner, whatever e-mail they commit with. */
export function isBot(author: CommitAuthor): boolean {
  return /\[bot\]$/i.test(author.authorLogin ?? "") || /\[bot\]@/i.test(author.authorEmail);
}

/**
 * A commit is the learner's when GitHub linked it to their login, or its e-mail is one
 * of theirs: a configured address or their GitHub no-reply address.
 */
export function isLearners(author: CommitAuthor, learner: LearnerIdentity): boolean {
  if (isBot(author)) return false;
  const login = learner.login.toLowerCase();
  if (author.authorLogin?.toLowerCase() === login) return true;
  const email = author.authorEmail.toLowerCase();
  if (learner.emails.some((known) => known.toLowerCase() === email)) return true;
  return NOREPLY.exec(email)?.[1]?.toLowerCase() === login;
}
