import type { Commit, FileChange, FileStatus, PullRequest, Review } from "../activity.js";
import { localDay } from "../week/time.js";

/*
 * Evidence: what a figure points at, so an issue can link to it. Every kind names its
 * repository ("owner/name"); `kind` lets a template render a mixed list.
 */

/** A commit, with what a sentence about it needs. */
export interface CommitEvidence {
  kind: "commit";
  repo: string;
  sha: string;
  /** Link to the commit, when the source knows it. */
  url?: string;
  /** Author instant (UTC ISO). */
  authoredAt: string;
  /** The learner's local date of `authoredAt` (YYYY-MM-DD). */
  date: string;
  /** First line of the message, trimmed. */
  subject: string;
  additions: number;
  deletions: number;
  changedFiles: number;
}

/** A file the week's net changes added, modified or renamed. */
export interface FileEvidence {
  kind: "file";
  repo: string;
  path: string;
  /** For a rename, the path before it (shown as old → new). */
  previousPath?: string;
  status: FileStatus;
}

/** A file present at the head of the default branch. */
export interface HeadFileEvidence {
  kind: "head-file";
  repo: string;
  path: string;
}

/** An added diff line that declares a test case. */
export interface TestCaseEvidence {
  kind: "test-case";
  repo: string;
  path: string;
  /** The added line, trimmed, e.g. `def test_str_returns_title(self):`. */
  text: string;
}

/** A README line at HEAD that shows how to set up, run or test the project. */
export interface ReadmeLineEvidence {
  kind: "readme-line";
  repo: string;
  path: string;
  /** 1-based line number in the README. */
  line: number;
  /** The line, trimmed. */
  text: string;
}

/** A pull request opened or merged in the window. */
export interface PullEvidence {
  kind: "pull";
  repo: string;
  number: number;
  title: string;
  url: string;
  /** The instant that put it in the window: opened (createdAt) or merged (mergedAt). */
  at: string;
}

/** A review the learner submitted in the window. */
export interface ReviewEvidence {
  kind: "review";
  repo: string;
  pullNumber: number;
  state: string;
  url: string;
  submittedAt: string;
}

/** Evidence for a commit, dated on the learner's local calendar. */
export function commitEvidence(commit: Commit, timezone: string): CommitEvidence {
  return {
    kind: "commit",
    repo: commit.repo,
    sha: commit.sha,
    ...(commit.url === undefined ? {} : { url: commit.url }),
    authoredAt: commit.authoredAt,
    date: localDay(commit.authoredAt, timezone),
    subject: (commit.message.split(/\r?\n/, 1)[0] ?? "").trim(),
    additions: commit.additions,
    deletions: commit.deletions,
    changedFiles: commit.changedFiles,
  };
}

/** Evidence for one of a repository's file changes. */
export function fileEvidence(repo: string, change: FileChange): FileEvidence {
  return {
    kind: "file",
    repo,
    path: change.path,
    ...(change.previousPath === undefined ? {} : { previousPath: change.previousPath }),
    status: change.status,
  };
}

/** Evidence for a pull request, at the instant that put it in the window. */
export function pullEvidence(pull: PullRequest, at: string): PullEvidence {
  const { repo, number, title, url } = pull;
  return { kind: "pull", repo, number, title, url, at };
}

/** Evidence for a submitted review. */
export function reviewEvidence(review: Review): ReviewEvidence {
  const { repo, pullNumber, state, url, submittedAt } = review;
  return { kind: "review", repo, pullNumber, state, url, submittedAt };
}
