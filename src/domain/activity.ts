/**
 * The source-neutral activity model. The GitHub source and the local git source both
 * fill it; every measure is a pure function over it. Instants are ISO-8601 strings in UTC.
 */

export type FileStatus = "added" | "modified" | "removed" | "renamed";

export interface FileChange {
  /** Path after the change (for a removal, the path that was removed). */
  path: string;
  /** For a rename, the path before it. */
  previousPath?: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  /** Lines this change added, when the source has the diff; used to count new test cases. */
  addedLines?: string[];
  /** Lines this change removed, when the source has the diff: a test removed and added back is not new. */
  removedLines?: string[];
}

export interface Commit {
  sha: string;
  /** "owner/name" of the repository it was found in. */
  repo: string;
  /** GitHub login of the author, when GitHub linked the commit to an account. */
  authorLogin?: string;
  authorEmail: string;
  authorName: string;
  /** When the work was done: the author date, as an ISO instant. */
  authoredAt: string;
  message: string;
  /** Number of parents; a merge has two or more. */
  parents: number;
  /** Size of the commit against its first parent, for flagging very large commits. */
  additions: number;
  deletions: number;
  changedFiles: number;
  /** Link to the commit on GitHub, when known. */
  url?: string;
}

export interface PullRequest {
  repo: string;
  number: number;
  title: string;
  authorLogin: string;
  createdAt: string;
  mergedAt?: string;
  url: string;
}

export interface Review {
  repo: string;
  pullNumber: number;
  authorLogin: string;
  submittedAt: string;
  state: string;
  url: string;
}

/** What a repository looks like at the head of its default branch. */
export interface RepoSnapshot {
  /** README text at HEAD, if the repository has one. */
  readme?: string;
  /** README path at HEAD, e.g. "README.md". */
  readmePath?: string;
  /** Paths present at HEAD that matter to measures (workflows, deployment files, manifests). */
  paths: string[];
}

export interface RepoActivity {
  /** "owner/name" (for a local repository, its folder name). */
  repo: string;
  url?: string;
  defaultBranch: string;
  /**
   * The learner's commits in the window, across every branch, each change once: of its
   * copies on several branches (cherry-pick, rebase), one (see oneCopyEach). Merges
   * included, flagged by `parents`.
   */
  commits: Commit[];
  /**
   * The week's net file changes made by the learner's commits, as a compare view shows
   * them: a file added and edited is one added file; a file added and removed is absent.
   */
  changes: FileChange[];
  /** Author instants of the learner's commits in the look-back before the window, for streaks. */
  earlierCommitTimes: string[];
  pulls: PullRequest[];
  reviews: Review[];
  head: RepoSnapshot;
}

/** Who the learner is, as commits and pull requests identify them. */
export interface LearnerIdentity {
  login: string;
  emails: string[];
}

/** A half-open interval of instants [start, end). */
export interface Interval {
  start: string;
  end: string;
}
