import type { FileChange, RepoActivity } from "../../domain/activity.js";
import { historyUntil, netChanges, planWeek } from "../../domain/diff-plan.js";
import type { SourceCommit, WeekQuery } from "../../domain/diff-plan.js";
import { oneCopyEach, possibleCopies } from "../../domain/measures/copies.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { branchCommitNodes, sourceCommit } from "./commits.js";
import { fetchDiff } from "./diffs.js";
import { pullsAndReviews } from "./pulls.js";
import { ACTIVITY_QUERY } from "./query.js";
import type { ActivityResponse } from "./query.js";
import { snapshotOf } from "./snapshot.js";

export type { GitHubClient } from "./client.js";

export interface GitHubActivityParams extends WeekQuery, RepoRef {
  client: GitHubClient;
}

/**
 * GitHub shows no patch id, and asking each commit's diff would cost a request apiece: a
 * commit's size (lines added and deleted, files changed) stands in for its patch, as copies
 * of one change add and delete the same lines in the same files. An empty commit has none.
 * (Two different changes of one size written in the same second count once here, twice locally.)
 */
const sizeIds = (commits: readonly SourceCommit[]) =>
  new Map(
    commits
      .filter((commit) => commit.changedFiles > 0)
      .map((commit) => [
        commit.sha,
        `${commit.additions}+${commit.deletions}-${commit.changedFiles}`,
      ]),
  );

/**
 * The learner's week in one GitHub repository. One GraphQL request answers a quiet week;
 * an active one adds one compare per line of work (see planDiffs), and busy branches or
 * many recent pull requests add a GraphQL request per further page.
 */
export async function fetchGitHubActivity(params: GitHubActivityParams): Promise<RepoActivity> {
  const { client, owner, repo, window, lookbackStart, learner } = params;
  const ref: RepoRef = { owner, repo };
  const bounds = { since: lookbackStart, until: historyUntil(params) };
  const { repository } = await client.graphql<ActivityResponse>(ACTIVITY_QUERY, {
    owner,
    name: repo,
    ...bounds,
    login: learner.login,
  });
  const fullName = repository.nameWithOwner;
  const nodes = await branchCommitNodes({
    client,
    ref,
    bounds,
    defaultBranch: repository.defaultBranchRef,
    firstPage: repository.refs,
  });
  const commits = nodes.map((node) => sourceCommit(fullName, node));
  const plan = planWeek({
    commits: oneCopyEach(commits, sizeIds(possibleCopies(commits))),
    window,
    lookbackStart,
    learner,
  });
  const { pulls, reviews } = await pullsAndReviews({
    client,
    ref,
    fullName,
    window,
    learner,
    firstPage: repository.pullRequests,
  });
  const diffs: FileChange[][] = [];
  for (const diff of plan.diffs) diffs.push(...(await fetchDiff(client, ref, diff)));
  return {
    repo: fullName,
    url: repository.url,
    defaultBranch: repository.defaultBranchRef?.name ?? "",
    commits: plan.commits,
    changes: netChanges(diffs),
    earlierCommitTimes: plan.earlierCommitTimes,
    pulls,
    reviews,
    head: snapshotOf(repository),
  };
}
