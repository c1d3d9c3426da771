import type { Commit, FileChange, Interval, LearnerIdentity } from "./activity.js";
import { isLearners } from "./identity.js";

/*
 * Which diffs make up the learner's week, decided once for both activity sources so the
 * GitHub source and the local git source report the same figures by construction.
 */

/** A commit as a source read it from a branch history: the model's fields plus parent shas. */
export interface SourceCommit extends Commit {
  /** Parent shas, first parent first (a source may list only the first two of an octopus merge). */
  parentShas: string[];
}

/** One diff a source fetches. */
export type DiffRequest =
  /** base..head is exactly `commits` (oldest first): the learner's non-merge commits of one line of work. */
  | { kind: "range"; base: string; head: string; commits: string[] }
  /** A root commit, which has no base to compare with: diffed against the empty tree. */
  | { kind: "commit"; sha: string };

/** What a source needs to know about its repository's week before fetching any diff. */
export interface WeekPlan {
  /** The learner's commits authored in the window, each once, oldest first (merges included). */
  commits: Commit[];
  /** Author instants of the learner's non-merge commits in [lookbackStart, window.start), oldest first. */
  earlierCommitTimes: string[];
  /** The diffs to fetch, each line of work after the one it forked from. */
  diffs: DiffRequest[];
}

/** What both sources are asked for: the learner's week in one repository. */
export interface WeekQuery {
  window: Interval;
  /** An instant before window.start: earlier commits since then feed streaks. */
  lookbackStart: string;
  learner: LearnerIdentity;
  /**
   * Histories are read up to this commit date (by default window.end): the instant the week
   * is measured at. A commit of the week amended, rebased or cherry-picked after the week
   * ended (a Monday-morning `git pull --rebase`) carries a later commit date; read up to
   * now, it is still found, and placed in its week by its author date.
   */
  committedUntil?: string;
}

/** The commit-date bound of a week's histories: see WeekQuery.committedUntil. */
export function historyUntil(query: WeekQuery): string {
  const { committedUntil, window } = query;
  return committedUntil && millis(committedUntil) > millis(window.end)
    ? committedUntil
    : window.end;
}

export interface PlanWeekParams extends WeekQuery {
  /** Every commit the source found on any branch; duplicates across branches are fine. */
  commits: SourceCommit[];
}

const millis = (instant: string) => Date.parse(instant);
const within = (instant: string, start: string, end: string) =>
  millis(instant) >= millis(start) && millis(instant) < millis(end);
const byAuthorTime = (a: Commit, b: Commit) =>
  millis(a.authoredAt) - millis(b.authoredAt) || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0);

/** Selects the learner's week from everything a source read, and plans the diffs to fetch. */
export function planWeek({ commits, window, lookbackStart, learner }: PlanWeekParams): WeekPlan {
  const unique = [...new Map(commits.map((commit) => [commit.sha, commit])).values()];
  const learners = unique.filter((commit) => isLearners(commit, learner)).sort(byAuthorTime);
  const inWindow = learners.filter((c) => within(c.authoredAt, window.start, window.end));
  return {
    commits: inWindow.map(({ parentShas: _parentShas, ...commit }) => commit),
    earlierCommitTimes: learners
      .filter((c) => c.parents < 2 && within(c.authoredAt, lookbackStart, window.start))
      .map((c) => c.authoredAt),
    diffs: planDiffs(inWindow),
  };
}

/**
 * The diffs that add up to the learner's net work. The learner's non-merge commits of the
 * window, linked by parent, form chains; each chain cut where another's commit, a merge or
 * a fork interrupts it is one line of work, fetched as one NET range. A range base..head then
 * holds only the learner's own non-merge commits, and no two ranges overlap. A collaborator's
 * commit between two of the learner's therefore splits them, down to one range per commit.
 */
export function planDiffs(learnersInWindow: SourceCommit[]): DiffRequest[] {
  const work = learnersInWindow.filter((commit) => commit.parents < 2).sort(byAuthorTime);
  const bySha = new Map(work.map((commit) => [commit.sha, commit]));
  const parentIn = (commit: SourceCommit) => {
    const parent = commit.parentShas[0];
    return parent !== undefined && bySha.has(parent) ? parent : undefined;
  };
  const children = new Map<string, SourceCommit[]>();
  for (const commit of work) {
    const parent = parentIn(commit);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), commit]);
  }
  const onlyChild = (sha: string) => {
    const kids = children.get(sha);
    return kids?.length === 1 ? kids[0] : undefined;
  };

  const diffs: DiffRequest[] = [];
  // Depth first from each line's start, so a line comes after the one it forked from.
  const visit = (start: SourceCommit) => {
    const line = [start];
    for (let next = onlyChild(start.sha); next; next = onlyChild(next.sha)) line.push(next);
    diffs.push(...lineDiffs(line));
    const last = line[line.length - 1] as SourceCommit;
    for (const fork of children.get(last.sha) ?? []) visit(fork);
  };
  for (const commit of work) if (parentIn(commit) === undefined) visit(commit);
  return diffs;
}

/** A line of work as diffs: one range, after a root commit's own diff when it starts one. */
function lineDiffs(line: SourceCommit[]): DiffRequest[] {
  const [first, ...rest] = line as [SourceCommit, ...SourceCommit[]];
  const base = first.parentShas[0];
  const range = (from: string, commits: SourceCommit[]): DiffRequest[] =>
    commits.length === 0
      ? []
      : [
          {
            kind: "range",
            base: from,
            head: (commits[commits.length - 1] as SourceCommit).sha,
            commits: commits.map((commit) => commit.sha),
          },
        ];
  if (base === undefined) return [{ kind: "commit", sha: first.sha }, ...range(first.sha, rest)];
  return range(base, line);
}

/** A file followed through the week: where it was before, where it is now (undefined: absent). */
interface TrackedFile {
  before: string | undefined;
  after: string | undefined;
  additions: number;
  deletions: number;
  addedLines: string[] | undefined;
  removedLines: string[] | undefined;
  /** Diffs that showed the file. */
  diffs: number;
  /** Whether one diff alone moved lines: removed and added the same lines, some at least. */
  movedLines: boolean;
}

/**
 * Folds fetched diffs, in plan order, into one net change per file: added then modified
 * is added, added then removed is gone, renamed then modified is renamed, removed then
 * added is modified. Additions and deletions are summed, and added and removed lines
 * concatenated; a file's lines are unknown when one of its diffs could not show them.
 * A file changed and changed back (two lines of work, split by a merge or a collaborator's
 * commit: one changes it, a later one undoes that) ends the week as it began: no change.
 * It is recognised by its lines: shown by more than one diff, at the path it started at,
 * every line added over the week also removed and none left over, and no one diff merely
 * moving lines (a reordering is a change, whatever the counts say).
 */
export function netChanges(diffs: readonly FileChange[][]): FileChange[] {
  const files: TrackedFile[] = [];
  const live = new Map<string, TrackedFile>();
  const removed = new Map<string, TrackedFile>();
  const track = (before: string | undefined, path: string) => {
    const file: TrackedFile = {
      before,
      after: path,
      additions: 0,
      deletions: 0,
      addedLines: [],
      removedLines: [],
      diffs: 0,
      movedLines: false,
    };
    files.push(file);
    live.set(path, file);
    return file;
  };
  const remove = (file: TrackedFile, path: string) => {
    live.delete(path);
    file.after = undefined;
    removed.set(path, file);
  };
  const revive = (path: string) => {
    const file = removed.get(path);
    if (!file) return undefined;
    removed.delete(path);
    file.after = path;
    live.set(path, file);
    return file;
  };

  for (const change of diffs.flat()) {
    const { path } = change;
    let file: TrackedFile;
    if (change.status === "added") {
      file = live.get(path) ?? revive(path) ?? track(undefined, path);
    } else if (change.status === "removed") {
      file = live.get(path) ?? track(path, path);
      remove(file, path);
    } else if (change.status === "renamed" && change.previousPath !== undefined) {
      const from = change.previousPath;
      file = live.get(from) ?? track(from, from);
      live.delete(from);
      // Renaming onto a path replaces whatever was there.
      const displaced = live.get(path);
      if (displaced) remove(displaced, path);
      file.after = path;
      live.set(path, file);
    } else {
      file = live.get(path) ?? track(path, path);
    }
    file.additions += change.additions;
    file.deletions += change.deletions;
    file.diffs += 1;
    file.movedLines ||=
      change.additions > 0 && sameLines(change.addedLines, change.removedLines) === true;
    file.addedLines = concatKnown(file.addedLines, change.addedLines);
    file.removedLines = concatKnown(file.removedLines, change.removedLines);
  }
  return files
    .flatMap((file) => asChange(file) ?? [])
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether two lists hold the same lines as many times each, in any order; undefined when one is unknown. */
function sameLines(a: readonly string[] | undefined, b: readonly string[] | undefined) {
  if (a === undefined || b === undefined) return undefined;
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const line of b) {
    const left = counts.get(line) ?? 0;
    if (left === 0) return false;
    counts.set(line, left - 1);
  }
  return true;
}

const concatKnown = (lines: string[] | undefined, more: string[] | undefined) =>
  lines && more && [...lines, ...more];

function asChange(file: TrackedFile): FileChange | undefined {
  const { before, after, additions, deletions, addedLines, removedLines } = file;
  const counts = {
    additions,
    deletions,
    ...(addedLines ? { addedLines } : {}),
    ...(removedLines ? { removedLines } : {}),
  };
  if (after === undefined) {
    return before === undefined ? undefined : { path: before, status: "removed", ...counts };
  }
  if (before === undefined) return { path: after, status: "added", ...counts };
  if (before === after) {
    const changedBack =
      file.diffs > 1 && !file.movedLines && sameLines(addedLines, removedLines) === true;
    return changedBack ? undefined : { path: after, status: "modified", ...counts };
  }
  return { path: after, previousPath: before, status: "renamed", ...counts };
}

/** The lines a unified diff adds (GitHub's per-file `patch`, or one file's section of `git diff`). */
export const addedLinesOf = (patch: string) => changedLinesOf(patch, "+");

/** The lines a unified diff removes (see addedLinesOf). */
export const removedLinesOf = (patch: string) => changedLinesOf(patch, "-");

function changedLinesOf(patch: string, sign: "+" | "-"): string[] {
  const lines: string[] = [];
  let inHunk = false;
  for (const line of patch.split("\n")) {
    // Header lines ("+++ b/path") come before the first hunk; inside hunks no line starts with "@@".
    if (line.startsWith("@@")) inHunk = true;
    else if (inHunk && line.startsWith(sign)) lines.push(line.slice(1));
  }
  return lines;
}
