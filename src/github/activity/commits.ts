import type { SourceCommit } from "../../domain/diff-plan.js";
import { isoOfInstant } from "../../domain/week/time.js";
import { repoVariables } from "../aliased-repos.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { BRANCHES_PER_QUERY, BRANCHES_QUERY, HISTORY_QUERY, movedHistoriesQuery } from "./query.js";
import type { BranchTip, CommitNode, Connection, DefaultBranch } from "./query.js";

/**
 * Pages followed per connection before the source refuses to report a partial week: 2,000
 * commits of one branch in the window, 400 recently updated pull requests, 4,000 branches.
 */
export const MAX_PAGES = 40;

/** Committer-date bounds of the histories read: [lookbackStart, the instant measured at]. */
export interface HistoryBounds {
  since: string;
  until: string;
}

/** A repository as activityQuery first answered it. */
export interface FirstAnswer {
  ref: RepoRef;
  /** The default branch with its first page of history. */
  defaultBranch: DefaultBranch | null;
  /** The first page of branch tips. */
  firstPage: Connection<BranchTip>;
}

interface HistoryParams {
  client: GitHubClient;
  ref: RepoRef;
  bounds: HistoryBounds;
}

/** A branch that moved in the window, in the `repo`-th repository asked about. */
interface MovedBranch {
  repo: number;
  name: string;
  tip: string;
}

/** A GraphQL commit in the shape the diff plan reads. */
export function sourceCommit(repo: string, node: CommitNode): SourceCommit {
  const login = node.author?.user?.login;
  return {
    sha: node.oid,
    repo,
    ...(login ? { authorLogin: login } : {}),
    authorEmail: node.author?.email ?? "",
    authorName: node.author?.name ?? "",
    authoredAt: isoOfInstant(node.authoredDate),
    message: node.message,
    parents: node.parents.totalCount,
    parentShas: node.parents.nodes.map((parent) => parent.oid),
    additions: node.additions,
    deletions: node.deletions,
    changedFiles: node.changedFilesIfAvailable ?? 0,
    url: node.url,
  };
}

/**
 * The commit nodes of every branch's history within the bounds, one list per repository:
 * the default branch's from the first query, then those of the other branches whose tip was
 * committed within the bounds (a branch whose tip is older holds no commit committed since)
 * and is not in the default branch's history, a few branches to a request across all the
 * repositories. Busy branches and long branch lists are followed by cursor. Commits shared
 * by branches repeat.
 */
export async function branchCommitNodes(
  client: GitHubClient,
  bounds: HistoryBounds,
  repos: readonly FirstAnswer[],
): Promise<CommitNode[][]> {
  const nodes: CommitNode[][] = [];
  const moved: MovedBranch[] = [];
  for (const [repo, answer] of repos.entries()) {
    const { ref, defaultBranch } = answer;
    const params = { client, ref, bounds };
    const own: CommitNode[] = [];
    const defaultTip = defaultBranch?.target?.oid;
    const defaultHistory = defaultBranch?.target?.history;
    if (defaultBranch && defaultTip && defaultHistory) {
      own.push(...(await restOfHistory(params, defaultBranch.name, defaultTip, defaultHistory)));
    }
    nodes.push(own);
    // A branch merged into the default one (and left undeleted) has its tip in the default
    // branch's history: every commit it holds within the bounds was read with that history.
    const read = new Set(own.map((node) => node.oid));
    for (const branch of await allBranchTips(params, answer.firstPage)) {
      const tip = branch.target?.oid;
      const committed = branch.target?.committedDate;
      if (branch.name === defaultBranch?.name || !tip || !committed || read.has(tip)) continue;
      if (Date.parse(committed) >= Date.parse(bounds.since))
        moved.push({ repo, name: branch.name, tip });
    }
  }
  for (let start = 0; start < moved.length; start += BRANCHES_PER_QUERY) {
    await readMovedHistories(
      client,
      bounds,
      repos,
      moved.slice(start, start + BRANCHES_PER_QUERY),
      nodes,
    );
  }
  return nodes;
}

/** The histories of `branches` in one request, each followed to its end into `nodes`. */
async function readMovedHistories(
  client: GitHubClient,
  bounds: HistoryBounds,
  repos: readonly FirstAnswer[],
  branches: readonly MovedBranch[],
  nodes: CommitNode[][],
): Promise<void> {
  const asked = [...new Set(branches.map((branch) => branch.repo))];
  const refs = asked.map((repo) => (repos[repo] as FirstAnswer).ref);
  const counts = asked.map((repo) => branches.filter((branch) => branch.repo === repo).length);
  const tips = Object.fromEntries(branches.map((branch, k) => [`tip${k}`, branch.tip]));
  const data = await client.graphql<
    Record<string, Record<string, { history?: Connection<CommitNode> } | null> | null>
  >(movedHistoriesQuery(counts), { ...bounds, ...repoVariables(refs), ...tips });
  for (const [k, branch] of branches.entries()) {
    const history = data[`r${asked.indexOf(branch.repo)}`]?.[`branch${k}`]?.history;
    const ref = (repos[branch.repo] as FirstAnswer).ref;
    if (history) {
      const rest = await restOfHistory({ client, ref, bounds }, branch.name, branch.tip, history);
      (nodes[branch.repo] as CommitNode[]).push(...rest);
    }
  }
}

/** Every branch's tip, following the branch list's cursor. */
async function allBranchTips(
  params: HistoryParams,
  firstPage: Connection<BranchTip>,
): Promise<BranchTip[]> {
  const { client, ref } = params;
  const tips: BranchTip[] = [];
  let branches = firstPage;
  for (let page = 1; ; page += 1) {
    tips.push(...branches.nodes);
    if (!branches.pageInfo.hasNextPage) return tips;
    if (page >= MAX_PAGES) throw tooLarge(ref, `more than ${page} pages of branches`);
    const data = await client.graphql<{ repository: { refs: Connection<BranchTip> } }>(
      BRANCHES_QUERY,
      { owner: ref.owner, name: ref.repo, after: branches.pageInfo.endCursor },
    );
    branches = data.repository.refs;
  }
}

/** A branch's history in the bounds: its first page, then the next ones from its tip. */
async function restOfHistory(
  params: HistoryParams,
  name: string,
  tip: string,
  first: Connection<CommitNode>,
): Promise<CommitNode[]> {
  const { client, ref, bounds } = params;
  const nodes = [...first.nodes];
  let { pageInfo } = first;
  for (let page = 1; pageInfo.hasNextPage; page += 1) {
    if (page >= MAX_PAGES) {
      throw tooLarge(ref, `more than ${page} pages of commits on ${name}`);
    }
    const data: { repository: { object: { history: Connection<CommitNode> } } } =
      await client.graphql(HISTORY_QUERY, {
        owner: ref.owner,
        name: ref.repo,
        tip,
        ...bounds,
        after: pageInfo.endCursor,
      });
    const { history } = data.repository.object;
    nodes.push(...history.nodes);
    pageInfo = history.pageInfo;
  }
  return nodes;
}

function tooLarge(ref: RepoRef, what: string): Error {
  return new Error(
    `${ref.owner}/${ref.repo} has ${what} in the week; Checkpoint reports no partial figures`,
  );
}
