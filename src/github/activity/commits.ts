import type { SourceCommit } from "../../domain/diff-plan.js";
import { isoInstant, parseInstant } from "../../domain/week/time.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { BRANCHES_PER_QUERY, BRANCHES_QUERY, HISTORY_QUERY, movedHistoriesQuery } from "./query.js";
import type { BranchTip, CommitNode, Connection, DefaultBranch } from "./query.js";

/** Pages followed per connection before the source refuses to report a partial week. */
export const MAX_PAGES = 20;

/** Committer-date bounds of the histories read: [lookbackStart, the instant measured at]. */
export interface HistoryBounds {
  since: string;
  until: string;
}

interface BranchesParams {
  client: GitHubClient;
  ref: RepoRef;
  bounds: HistoryBounds;
  /** The default branch with its first page of history, as activityQuery returned it. */
  defaultBranch: DefaultBranch | null;
  /** The first page of branch tips, as activityQuery returned it. */
  firstPage: Connection<BranchTip>;
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
    authoredAt: isoInstant(parseInstant(node.authoredDate)),
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
 * The commit nodes of every branch's history within the bounds: the default branch's from
 * the first query, then, a few branches to a request, those of the other branches whose tip
 * was committed within the bounds (a branch whose tip is older holds no commit committed
 * since). Busy branches and long branch lists are followed by cursor. Commits shared by
 * branches repeat.
 */
export async function branchCommitNodes(params: BranchesParams): Promise<CommitNode[]> {
  const { client, ref, bounds, defaultBranch } = params;
  const nodes: CommitNode[] = [];
  const defaultTip = defaultBranch?.target?.oid;
  const defaultHistory = defaultBranch?.target?.history;
  if (defaultBranch && defaultTip && defaultHistory) {
    nodes.push(...(await restOfHistory(params, defaultBranch.name, defaultTip, defaultHistory)));
  }
  const moved = (await allBranchTips(params)).filter(
    (branch) =>
      branch.name !== defaultBranch?.name &&
      branch.target?.oid &&
      branch.target.committedDate &&
      Date.parse(branch.target.committedDate) >= Date.parse(bounds.since),
  );
  for (let start = 0; start < moved.length; start += BRANCHES_PER_QUERY) {
    const chunk = moved.slice(start, start + BRANCHES_PER_QUERY);
    const tips = Object.fromEntries(
      chunk.map((branch, index) => [`tip${index}`, branch.target?.oid]),
    );
    const data = await client.graphql<{
      repository: Record<string, { history?: Connection<CommitNode> } | null>;
    }>(movedHistoriesQuery(chunk.length), { owner: ref.owner, name: ref.repo, ...bounds, ...tips });
    for (const [index, branch] of chunk.entries()) {
      const history = data.repository[`branch${index}`]?.history;
      const tip = branch.target?.oid;
      if (history && tip) nodes.push(...(await restOfHistory(params, branch.name, tip, history)));
    }
  }
  return nodes;
}

/** Every branch's tip, following the branch list's cursor. */
async function allBranchTips(params: BranchesParams): Promise<BranchTip[]> {
  const { client, ref } = params;
  const tips: BranchTip[] = [];
  let branches = params.firstPage;
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
  params: BranchesParams,
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
