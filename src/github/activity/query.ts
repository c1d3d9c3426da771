import { CI_DIRS, README_CANDIDATES, WORKFLOWS_DIR } from "../../domain/head-snapshot.js";
import { repoAlias, repoVariableDefinitions } from "../aliased-repos.js";

/*
 * The GraphQL documents of the GitHub activity source. One activityQuery answers a quiet
 * week whole; the others only continue a connection that had more than one page.
 */

/**
 * Items per page. By GitHub's formula each commit of a page costs a request for its parents
 * and each pull request one for its reviews, whether the page fills or not: pages sized for
 * a learner's three weeks (a busier branch is read on by cursor) keep a repository near half
 * a point. Branch tips cost nothing per item, so they come a hundred at a time.
 */
const PAGE_SIZE = { commits: 50, branches: 100, pulls: 10, reviews: 50 } as const;

const COMMIT_FIELDS = `
fragment CommitFields on Commit {
  oid
  message
  authoredDate
  url
  additions
  deletions
  changedFilesIfAvailable
  parents(first: 2) { totalCount nodes { oid } }
  author { email name user { login } }
}`;

// History is filtered by committer date, like `git log --since --until`; the source then
// keeps commits by author date.
const HISTORY_PAGE = `
history(since: $since, until: $until, first: ${PAGE_SIZE.commits}) {
  pageInfo { hasNextPage endCursor }
  nodes { ...CommitFields }
}`;

// A branch's tip only: which branches moved is known before any history is asked for.
const BRANCH_TIP = `
fragment BranchTip on Ref {
  name
  target { ... on Commit { oid committedDate } }
}`;

const PULL_FIELDS = `
fragment PullFields on PullRequestConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    number
    title
    url
    createdAt
    mergedAt
    updatedAt
    author { login }
    reviews(first: ${PAGE_SIZE.reviews}, author: $login) {
      nodes { submittedAt state url author { login } }
    }
  }
}`;

const README_FIELDS = README_CANDIDATES.map(
  (name, index) => `readme${index}: object(expression: "HEAD:${name}") { ... on Blob { text } }`,
).join("\n    ");

const CI_DIR_FIELDS = CI_DIRS.map(
  (dir, index) =>
    `ci${index}: object(expression: "HEAD:${dir}") { ... on Tree { entries { name type } } }`,
).join("\n    ");

// Everything about one repository's week that GraphQL gives in its first request.
const REPOSITORY_WEEK = `
fragment RepositoryWeek on Repository {
  nameWithOwner
  url
  defaultBranchRef {
    name
    target { ... on Commit { oid ${HISTORY_PAGE} } }
  }
  ${README_FIELDS}
  root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }
  workflows: object(expression: "HEAD:${WORKFLOWS_DIR}") { ... on Tree { entries { name type } } }
  ${CI_DIR_FIELDS}
  refs(refPrefix: "refs/heads/", first: ${PAGE_SIZE.branches}) {
    pageInfo { hasNextPage endCursor }
    nodes { ...BranchTip }
  }
  pullRequests(first: ${PAGE_SIZE.pulls}, orderBy: { field: UPDATED_AT, direction: DESC }) {
    ...PullFields
  }
}`;

/** How many repositories one activity query asks about (about 0.6 points each). */
export const REPOS_PER_ACTIVITY_QUERY = 10;

/** The variables every week's fields use, beside each repository's owner and name. */
export const WEEK_VARIABLES = "$since: GitTimestamp!, $until: GitTimestamp!, $login: String!";

/** The fragments a query asking weeks (`...RepositoryWeek`) ends with. */
export const WEEK_FRAGMENTS = `${REPOSITORY_WEEK}${BRANCH_TIP}${COMMIT_FIELDS}${PULL_FIELDS}`;

/** `count` aliased repositories' weeks, `<prefix>0` … (`r0` … without one): see repoAlias. */
export function weekAliases(count: number, prefix = ""): string {
  return Array.from(
    { length: count },
    (_, i) => `  ${repoAlias(i, prefix)} { ...RepositoryWeek }`,
  ).join("\n");
}

/**
 * The week of `count` repositories in one request, `r0` … answering `$o0/$n0` …: each the
 * default branch's history, every branch's tip, the pull requests and what HEAD holds. By
 * GitHub's formula each repository adds 63 requests (refs 1, history 1, its parents 50,
 * pulls 1, reviews 10), so one repository costs 1 point, three 2 and ten 6. Asking every
 * branch's history here instead would cost some 51 points per repository (a hundred
 * histories, each with fifty commits' parents).
 */
export function activityQuery(count: number): string {
  return `
query CheckpointActivity(${WEEK_VARIABLES}, ${repoVariableDefinitions(count)}) {
${weekAliases(count)}
}
${WEEK_FRAGMENTS}`;
}

/** How many branches' histories one request asks for, across repositories (about 0.5 points each). */
export const BRANCHES_PER_QUERY = 20;

/**
 * The first page of history of branches that moved in the window, other than the default
 * branch, in several repositories: `r<i>` answers `$o<i>/$n<i>`, which has `branches[i]` of
 * them; `branch<k>` answers the tip `$tip<k>`, k counted across the whole query.
 */
export function movedHistoriesQuery(branches: readonly number[]): string {
  let k = 0;
  const tips: string[] = [];
  const repos = branches.map((count, i) => {
    const fields = Array.from({ length: count }, () => {
      tips.push(`$tip${k}: GitObjectID!`);
      return `branch${k}: object(oid: $tip${k++}) { ... on Commit { ${HISTORY_PAGE} } }`;
    });
    return `  ${repoAlias(i)} {\n    ${fields.join("\n    ")}\n  }`;
  });
  return `
query CheckpointBranchHistories($since: GitTimestamp!, $until: GitTimestamp!, ${repoVariableDefinitions(branches.length)}, ${tips.join(", ")}) {
${repos.join("\n")}
}
${COMMIT_FIELDS}`;
}

/** The next page of one busy branch's history, from its tip. */
export const HISTORY_QUERY = `
query CheckpointHistory($owner: String!, $name: String!, $tip: GitObjectID!, $since: GitTimestamp!, $until: GitTimestamp!, $after: String!) {
  repository(owner: $owner, name: $name) {
    object(oid: $tip) {
      ... on Commit {
        history(since: $since, until: $until, first: ${PAGE_SIZE.commits}, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { ...CommitFields }
        }
      }
    }
  }
}
${COMMIT_FIELDS}`;

/** The next page of branch tips, for a repository with more than a hundred branches. */
export const BRANCHES_QUERY = `
query CheckpointBranches($owner: String!, $name: String!, $after: String!) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/heads/", first: ${PAGE_SIZE.branches}, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...BranchTip }
    }
  }
}
${BRANCH_TIP}`;

/** The next page of recently updated pull requests. */
export const PULLS_QUERY = `
query CheckpointPulls($owner: String!, $name: String!, $login: String!, $after: String!) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: ${PAGE_SIZE.pulls}, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) {
      ...PullFields
    }
  }
}
${PULL_FIELDS}`;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfo;
  nodes: T[];
}

export interface CommitNode {
  oid: string;
  message: string;
  authoredDate: string;
  url: string;
  additions: number;
  deletions: number;
  changedFilesIfAvailable: number | null;
  parents: { totalCount: number; nodes: { oid: string }[] };
  author: { email: string | null; name: string | null; user: { login: string } | null } | null;
}

/** A branch and its tip; the target is empty when the ref points at something other than a commit. */
export interface BranchTip {
  name: string;
  target: { oid?: string; committedDate?: string } | null;
}

/** The default branch, with the first page of its history in the window. */
export interface DefaultBranch {
  name: string;
  target: { oid?: string; history?: Connection<CommitNode> } | null;
}

export interface PullNode {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  mergedAt: string | null;
  updatedAt: string;
  author: { login: string } | null;
  reviews: {
    nodes: {
      submittedAt: string | null;
      state: string;
      url: string;
      author: { login: string } | null;
    }[];
  } | null;
}

type TreeObject = { entries?: { name: string; type: string }[] } | null;

/** A repository as activityQuery returns it; readme0… follow README_CANDIDATES, ci0… CI_DIRS. */
export type ActivityRepository = {
  nameWithOwner: string;
  url: string;
  defaultBranchRef: DefaultBranch | null;
  root: TreeObject;
  workflows: TreeObject;
  refs: Connection<BranchTip>;
  pullRequests: Connection<PullNode>;
} & Record<`readme${number}`, { text?: string | null } | null> &
  Partial<Record<`ci${number}`, TreeObject>>;

/** activityQuery's answer: `r0` … one repository each, null for one GitHub could not find. */
export type ActivityResponse = Record<`r${number}`, ActivityRepository | null>;
