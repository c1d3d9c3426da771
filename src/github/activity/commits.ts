import type { SourceCommit } from "../../domain/diff-plan.js";
import { isoInstant, parseInstant } from "../../domain/week/time.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { BRANCHES_QUERY, HISTORY_QUERY } from "./query.js";
import type { BranchNode, CommitNode, Connection } from "./query.js";

/** Pages followed per connection before the source refuses to report a partial week. */
export const MAX_PAGES = 20;

/** Committer-date bounds of the histories read: [lookbackStart, window.end]. */
export interface HistoryBounds {
  since: string;
  until: string;
}

interface BranchesParams {
  client: GitHubClient;
  ref: RepoRef;
  bounds: HistoryBounds;
  /** The first page of branches, as ACTIVITY_QUERY returned it. */
  firstPage: Connection<BranchNode>;
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
 * The commit nodes of every branch's history within the bounds, following the cursor of
 * each busy branch and of the branch list itself. Commits shared by branches repeat.
 */
export async function branchCommitNodes(params: BranchesParams): Promise<CommitNode[]> {
  const { client, ref, bounds } = params;
  const nodes: CommitNode[] = [];
  let branches = params.firstPage;
  for (let page = 1; ; page += 1) {
    for (const branch of branches.nodes) nodes.push(...(await historyOf(params, branch)));
    if (!branches.pageInfo.hasNextPage) return nodes;
    if (page >= MAX_PAGES) throw tooLarge(ref, `more than ${page} pages of branches`);
    const data = await client.graphql<{ repository: { refs: Connection<BranchNode> } }>(
      BRANCHES_QUERY,
      { owner: ref.owner, name: ref.repo, ...bounds, after: branches.pageInfo.endCursor },
    );
    branches = data.repository.refs;
  }
}

async function historyOf(params: BranchesParams, branch: BranchNode): Promise<CommitNode[]> {
  const { client, ref, bounds } = params;
  const tip = branch.target?.oid;
  const first = branch.target?.history;
  if (!tip || !first) return [];
  const nodes = [...first.nodes];
  let { pageInfo } = first;
  for (let page = 1; pageInfo.hasNextPage; page += 1) {
    if (page >= MAX_PAGES) {
      throw tooLarge(ref, `more than ${page} pages of commits on ${branch.name}`);
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
