import type { SourceCommit } from "../diff-plan.js";

/*
 * One change, counted once. A change cherry-picked from develop to main, or a branch rebased
 * onto another and left in place, is on two branches as two commits. Both copies keep the
 * author date; so a change is its author instant plus its patch: git's `patch-id --stable`
 * where the source has the patch (local), the commit's size where it has not (GitHub).
 * Copies whose patches differ (a rebase that resolved a conflict) are different changes.
 */

const millis = (instant: string) => Date.parse(instant);
const bySha = (a: SourceCommit, b: SourceCommit) => (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0);

/** Each sha once, in the order first read. */
const uniqueShas = (commits: readonly SourceCommit[]) => [
  ...new Map(commits.map((commit) => [commit.sha, commit])).values(),
];

/**
 * The non-merge commits that share their author instant with another: only these can be
 * copies, so only these need a patch identity (none, in most weeks).
 */
export function possibleCopies(commits: readonly SourceCommit[]): SourceCommit[] {
  const work = uniqueShas(commits).filter((commit) => commit.parents < 2);
  const atInstant = new Map<number, number>();
  for (const { authoredAt } of work) {
    atInstant.set(millis(authoredAt), (atInstant.get(millis(authoredAt)) ?? 0) + 1);
  }
  return work.filter((commit) => (atInstant.get(millis(commit.authoredAt)) ?? 0) > 1);
}

/**
 * Every commit once, and of the copies of one change (same author instant, same patch
 * identity in `patchIds`, by sha) only one: the copy whose parent was kept, so a rebased
 * branch stays one line of work, else the smallest sha. Commits without a patch identity
 * (merges, empty commits) are changes of their own.
 */
export function oneCopyEach(
  commits: readonly SourceCommit[],
  patchIds: ReadonlyMap<string, string>,
): SourceCommit[] {
  const unique = uniqueShas(commits);
  const copies = new Map<string, SourceCommit[]>();
  for (const commit of unique) {
    const patchId = patchIds.get(commit.sha);
    const key = patchId === undefined ? commit.sha : `${millis(commit.authoredAt)} ${patchId}`;
    copies.set(key, [...(copies.get(key) ?? []), commit]);
  }
  const kept = new Set<string>();
  // Oldest change first, so a copy's parent is chosen before it.
  const changes = [...copies.values()].map(
    (same) => same.sort(bySha) as [SourceCommit, ...SourceCommit[]],
  );
  changes.sort(([a], [b]) => millis(a.authoredAt) - millis(b.authoredAt) || bySha(a, b));
  for (const same of changes) {
    const onKeptParent = same.find((commit) => kept.has(commit.parentShas[0] ?? ""));
    kept.add((onKeptParent ?? same[0]).sha);
  }
  return unique.filter((commit) => kept.has(commit.sha));
}
