import path from "node:path";
import type { RepoActivity } from "../domain/activity.js";
import { historyUntil, netChanges, planWeek } from "../domain/diff-plan.js";
import type { WeekQuery } from "../domain/diff-plan.js";
import { oneCopyEach, possibleCopies } from "../domain/measures/copies.js";
import { localDiff } from "./diff.js";
import { readCommits } from "./log.js";
import { patchIds } from "./patch-id.js";
import { currentBranch, localSnapshot } from "./snapshot.js";

export interface LocalActivityParams extends WeekQuery {
  /** A git repository on disk (its top folder). */
  dir: string;
}

/**
 * The learner's week in a local git repository, read with `git` alone: no GitHub, no
 * credentials. The learner is recognised by e-mail only (git knows no logins), and a local
 * repository has no pull requests or reviews. Its name is its folder's name.
 */
export async function fetchLocalActivity(params: LocalActivityParams): Promise<RepoActivity> {
  const { dir, window, lookbackStart, learner } = params;
  const repo = path.basename(path.resolve(dir));
  const [commits, defaultBranch, head] = await Promise.all([
    readCommits({ dir, repo, since: lookbackStart, until: historyUntil(params) }),
    currentBranch(dir),
    // The README and files as the week ended: later edits belong to later weeks.
    localSnapshot(dir, window.end),
  ]);
  const copies = await patchIds(dir, possibleCopies(commits));
  const plan = planWeek({ commits: oneCopyEach(commits, copies), window, lookbackStart, learner });
  const diffs = [];
  for (const diff of plan.diffs) diffs.push(await localDiff(dir, diff));
  return {
    repo,
    defaultBranch,
    commits: plan.commits,
    changes: netChanges(diffs),
    earlierCommitTimes: plan.earlierCommitTimes,
    pulls: [],
    reviews: [],
    head,
  };
}
