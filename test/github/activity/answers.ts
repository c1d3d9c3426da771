import { Octokit } from "@octokit/rest";
import nock from "nock";
import { fetchGitHubActivity } from "../../../src/github/activity/index.js";
import { activityQuery, movedHistoriesQuery } from "../../../src/github/activity/query.js";
import type { CommitNode, PullNode } from "../../../src/github/activity/query.js";
import {
  defaultBranchOf,
  movedBranches,
  movedHistoriesData,
  tipOf,
  type BranchWithHistory,
} from "../../helpers/branches.js";
import { countRequests } from "../../../src/github/request-count.js";

/*
 * Hand-written GitHub answers for the activity source's tests: just the fields it asks for.
 */

export const API = "https://api.github.com";
export const OWNER = "ada";
export const NAME = "blog";
export const learner = { login: "ada", emails: ["ada@home.example", "ada@work.example"] };
export const window = { start: "2025-11-17T00:00:00Z", end: "2025-11-24T00:00:00Z" };
export const lookbackStart = "2025-11-03T00:00:00Z";

/** Ada's week in ada/blog, read through `octokit`. */
export const fetchWeek = (octokit: Octokit) =>
  fetchGitHubActivity({
    client: octokit,
    owner: OWNER,
    repo: NAME,
    window,
    lookbackStart,
    learner,
  });

/** An unauthenticated client, as the tests need no token, and its request count. */
export function client() {
  const octokit = new Octokit();
  return { octokit, count: countRequests(octokit) };
}

export interface CommitSpec {
  oid: string;
  parents: string[];
  at: string;
  email?: string;
  name?: string;
  login?: string | null;
  message?: string;
  additions?: number;
  deletions?: number;
  changedFiles?: number;
}

/** A history node; by default Ada's, linked to her login, one line added to one file. */
export function commitNode(spec: CommitSpec): CommitNode {
  const login = spec.login === undefined ? "ada" : spec.login;
  return {
    oid: spec.oid,
    message: spec.message ?? `commit ${spec.oid}`,
    authoredDate: spec.at,
    url: `https://github.com/${OWNER}/${NAME}/commit/${spec.oid}`,
    additions: spec.additions ?? 1,
    deletions: spec.deletions ?? 0,
    changedFilesIfAvailable: spec.changedFiles ?? 1,
    parents: {
      totalCount: spec.parents.length,
      nodes: spec.parents.slice(0, 2).map((oid) => ({ oid })),
    },
    author: {
      email: spec.email ?? "ada@home.example",
      name: spec.name ?? "Ada",
      user: login === null ? null : { login },
    },
  };
}

export function branch(
  name: string,
  tip: string,
  nodes: CommitNode[],
  endCursor?: string,
): BranchWithHistory {
  return {
    name,
    target: {
      oid: tip,
      history: {
        pageInfo: { hasNextPage: endCursor !== undefined, endCursor: endCursor ?? null },
        nodes,
      },
    },
  };
}

export interface RepositorySpec {
  branches: BranchWithHistory[];
  branchesCursor?: string;
  pulls?: PullNode[];
  pullsCursor?: string;
  /** README text by candidate index (0 README.md, 3 README.rst…). */
  readmes?: Record<number, string>;
  rootFiles?: string[];
  workflowFiles?: string[];
}

const tree = (names: string[] | undefined) =>
  names === undefined
    ? null
    : {
        entries: names.map((name) => ({
          name: name.replace(/\/$/, ""),
          type: name.endsWith("/") ? "tree" : "blob",
        })),
      };

/** The `data` of ACTIVITY_QUERY's answer. */
/** The answer to activityQuery(1) for one repository, `r0`. */
export function activityData(spec: RepositorySpec) {
  const readmes = Object.fromEntries(
    [0, 1, 2, 3, 4, 5].map((i) => [
      `readme${i}`,
      spec.readmes?.[i] === undefined ? null : { text: spec.readmes[i] },
    ]),
  );
  return {
    r0: {
      nameWithOwner: `${OWNER}/${NAME}`,
      url: `https://github.com/${OWNER}/${NAME}`,
      defaultBranchRef: defaultBranchOf(spec.branches),
      ...readmes,
      root: tree(spec.rootFiles),
      workflows: tree(spec.workflowFiles),
      refs: {
        pageInfo: {
          hasNextPage: spec.branchesCursor !== undefined,
          endCursor: spec.branchesCursor ?? null,
        },
        nodes: spec.branches.map(tipOf),
      },
      pullRequests: {
        pageInfo: {
          hasNextPage: spec.pullsCursor !== undefined,
          endCursor: spec.pullsCursor ?? null,
        },
        nodes: spec.pulls ?? [],
      },
    },
  };
}

/**
 * Expects exactly one ACTIVITY_QUERY with the week's variables, answered from `spec`, then,
 * when branches other than main moved, one query for their histories (`moved`: those of
 * later pages of branches too); histories read up to `until` (by default the week's end).
 */
export function expectActivityQuery(
  spec: RepositorySpec,
  moved: BranchWithHistory[] = movedBranches(spec.branches),
  until: string = window.end,
): nock.Scope {
  const scope = nock(API)
    .post("/graphql", {
      query: activityQuery(1),
      variables: { since: lookbackStart, until, login: "ada", o0: OWNER, n0: NAME },
    })
    .reply(200, { data: activityData(spec) });
  if (moved.length === 0) return scope;
  const tips = Object.fromEntries(moved.map((branch, index) => [`tip${index}`, branch.target.oid]));
  return scope
    .post("/graphql", {
      query: movedHistoriesQuery([moved.length]),
      variables: { since: lookbackStart, until, o0: OWNER, n0: NAME, ...tips },
    })
    .reply(200, { data: movedHistoriesData(moved) });
}

export interface FileSpec {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
  previous_filename?: string;
}

/** Expects one compare of base...head (one commit per page), answering with `files`. */
export function expectCompare(base: string, head: string, files: FileSpec[]): nock.Scope {
  return nock(API)
    .get(`/repos/${OWNER}/${NAME}/compare/${base}...${head}`)
    .query({ per_page: "1" })
    .reply(200, { files });
}
