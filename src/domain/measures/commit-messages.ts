import type { CommitEvidence } from "./evidence.js";

/** Words that say nothing about a change on their own. "initial" is absent: "Initial commit" is fine. */
const VAGUE_WORDS: readonly string[] = (
  "update updates updated fix fixes fixed change changes changed edit edits edited tweak " +
  "tweaks wip stuff misc minor small more some bug code file files test tests testing " +
  "commit temp tmp save done final again asdf"
).split(" ");

/** Above either figure a commit is very large. */
const VERY_LARGE_LINES = 1000;
const VERY_LARGE_FILES = 50;

/** The vague-message rule in words, for an issue to state. */
export const VAGUE_MESSAGE_RULE =
  "A commit message is vague when its first line, lower-cased and with issue references " +
  "(#12, GH-12) and punctuation removed, is empty or has fewer than three words, all of them " +
  `from this list: ${VAGUE_WORDS.join(", ")}. Merge commits are not judged.`;

/** The very-large-commit rule in words, for an issue to state. */
export const VERY_LARGE_COMMIT_RULE =
  `A commit is very large when its added plus deleted lines exceed ${VERY_LARGE_LINES} ` +
  `or it changes more than ${VERY_LARGE_FILES} files. Merge commits are not judged.`;

const VAGUE = new Set(VAGUE_WORDS);
const ISSUE_REFERENCE = /(?:[\w.-]+\/[\w.-]+)?#\d+|\bgh-\d+\b/g;

/** Whether a commit message is vague under `VAGUE_MESSAGE_RULE`; only its first line counts. */
export function isVagueMessage(message: string): boolean {
  const subject = (message.split(/\r?\n/, 1)[0] ?? "").toLowerCase();
  const words = subject
    .replace(ISSUE_REFERENCE, " ")
    // Punctuation becomes a space, so "minor-fixes" reads as the two words it is.
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .split(/\s+/)
    .filter((word) => word !== "");
  return words.length < 3 && words.every((word) => VAGUE.has(word));
}

/** Whether a commit is very large under `VERY_LARGE_COMMIT_RULE`. */
export function isVeryLargeCommit(size: {
  additions: number;
  deletions: number;
  changedFiles: number;
}): boolean {
  return size.additions + size.deletions > VERY_LARGE_LINES || size.changedFiles > VERY_LARGE_FILES;
}

/** How meaningful the week's history is; both lists are drawn from non-merge commits only. */
export interface MessageMeasures {
  /** Commits whose message is vague (`VAGUE_MESSAGE_RULE`). */
  vague: CommitEvidence[];
  /** Commits that are very large (`VERY_LARGE_COMMIT_RULE`). */
  veryLarge: CommitEvidence[];
}

/** Flags vague and very large commits among non-merge commits (the caller leaves merges out). */
export function measureMessages(commits: readonly CommitEvidence[]): MessageMeasures {
  return {
    vague: commits.filter((commit) => isVagueMessage(commit.subject)),
    veryLarge: commits.filter(isVeryLargeCommit),
  };
}
