import type { FileChange, RepoActivity } from "../../domain/activity.js";
import { historyUntil, netChanges, planWeek } from "../../domain/diff-plan.js";
import type { SourceCommit, WeekQuery } from "../../domain/diff-plan.js";
import { oneCopyEach, possibleCopies } from "../../domain/measures/copies.js";
import { repoVariables } from "../aliased-repos.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { branchCommitNodes, sourceCommit } from "./commits.js";
import { fetchDiff } from "./diffs.js";
import { pullsAndReviews } from "./pulls.js";
import { activityQuery, REPOS_PER_ACTIVITY_QUERY } from "./query.js";
import type { ActivityRepository, ActivityResponse, CommitNode } from "./query.js";
import { snapshotOf } from "./snapshot.js";

export interface GitHubActivityParams extends WeekQuery, RepoRef {
  client: GitHubClient;
}

export interface GitHubActivitiesParams extends WeekQuery {
  client: GitHubClient;
  repos: readonly RepoRef[];
  /** Weeks an earlier query read already (the installation's, see NextWeekQuery). */
  prefetched?: PrefetchedWeeks | undefined;
}

/**
 * Repositories' first answers to the week's fields (`...RepositoryWeek`), read with other
 * things in one query for the variables they were asked with; keys are `owner/name`, lowercased.
 */
export interface PrefetchedWeeks {
  variables: { since: string; until: string; login: string };
  answers: Map<string, ActivityRepository>;
}

/** How PrefetchedWeeks.answers is keyed. */
export const repoKey = (ref: RepoRef) => `${ref.owner}/${ref.repo}`.toLowerCase();

/** The prefetched answer for `ref`, if it was asked exactly as this week asks it. */
function prefetchedAnswer(
  prefetched: PrefetchedWeeks | undefined,
  variables: PrefetchedWeeks["variables"],
  ref: RepoRef,
): ActivityRepository | undefined {
  const asked = prefetched?.variables;
  const same =
    asked?.since === variables.since &&
    asked.until === variables.until &&
    asked.login === variables.login;
  return same ? prefetched?.answers.get(repoKey(ref)) : undefined;
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
 * The learner's week in each of `repos`, in order. One GraphQL request answers the quiet
 * weeks of up to REPOS_PER_ACTIVITY_QUERY repositories, and one more the histories of up to
 * BRANCHES_PER_QUERY branches other than the default ones that moved in them; an active
 * repository adds one compare per line of work (see planDiffs), and busy branches or many
 * recent pull requests add a GraphQL request per further page.
 */
export async function fetchGitHubActivities(
  params: GitHubActivitiesParams,
): Promise<RepoActivity[]> {
  const { client, repos, learner } = params;
  const bounds = { since: params.lookbackStart, until: historyUntil(params) };
  const variables = { ...bounds, login: learner.login };
  const answers = new Map<string, ActivityRepository>();
  for (const ref of repos) {
    const answer = prefetchedAnswer(params.prefetched, variables, ref);
    if (answer) answers.set(repoKey(ref), answer);
  }
  const unread = repos.filter((ref) => !answers.has(repoKey(ref)));
  for (let start = 0; start < unread.length; start += REPOS_PER_ACTIVITY_QUERY) {
    const chunk = unread.slice(start, start + REPOS_PER_ACTIVITY_QUERY);
    const data = await client.graphql<ActivityResponse>(activityQuery(chunk.length), {
      ...variables,
      ...repoVariables(chunk),
    });
    chunk.forEach((ref, i) => {
      const repository = data[`r${i}`];
      if (!repository) throw new Error(`${ref.owner}/${ref.repo} could not be read`);
      answers.set(repoKey(ref), repository);
    });
  }
  const answered = repos.map((ref) => answers.get(repoKey(ref)) as ActivityRepository);
  const histories = await branchCommitNodes(
    client,
    bounds,
    answered.map((repository, i) => ({
      ref: repos[i] as RepoRef,
      defaultBranch: repository.defaultBranchRef,
      firstPage: repository.refs,
    })),
  );
  const activities: RepoActivity[] = [];
  for (const [i, repository] of answered.entries()) {
    activities.push(await activityOf(params, repos[i] as RepoRef, histories[i] ?? [], repository));
  }
  return activities;
}

/** The learner's week in one GitHub repository (see fetchGitHubActivities). */
export async function fetchGitHubActivity(params: GitHubActivityParams): Promise<RepoActivity> {
  const { owner, repo, ...rest } = params;
  const [activity] = await fetchGitHubActivities({ ...rest, repos: [{ owner, repo }] });
  if (!activity) throw new Error(`${owner}/${repo} could not be read`);
  return activity;
}

/** One repository's week from its first answer and its histories: its pulls and diffs. */
async function activityOf(
  params: GitHubActivitiesParams,
  ref: RepoRef,
  nodes: readonly CommitNode[],
  repository: ActivityRepository,
): Promise<RepoActivity> {
  const { client, window, lookbackStart, learner } = params;
  const fullName = repository.nameWithOwner;
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
