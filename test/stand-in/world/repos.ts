import type { CommitNode, PullNode } from "../../../src/github/activity/query.js";
import type { BranchWithHistory } from "../../helpers/branches.js";

/*
 * A learner's code repositories, each either idle or holding about ten commits of a typical
 * week, as GitHub's API would show them.
 *
 * An active week: main p0 ── c1 ── c2 ── c3 ── c4 ──────────── M ── c5 ── c6 ── (g) ── c7
 *                 feature                       └── f1 ── f2 ── f3 ┘
 * (g, a collaborator's commit, in some repositories only). The learner's lines of work are
 * c1..f3 and c5..c7 (c5..c6 and c7 when g splits it): two compares, or three.
 */

/** A UTC week holding every commit (all fall on Tue Nov 18, 2025, 08:00–20:00 UTC). */
export const WINDOW = { start: "2025-11-17T00:00:00Z", end: "2025-11-24T00:00:00Z" };
export const LOOKBACK_START = "2025-11-03T00:00:00Z";

interface BenchFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  patch: string;
}

export interface BenchRepo {
  owner: string;
  name: string;
  kind: "idle" | "solo" | "shared";
  branches: BranchWithHistory[];
  pulls: PullNode[];
  /** Compare answers by "base...head". */
  compares: Map<string, BenchFile[]>;
  /** The learner's commits the week should report (merge included). */
  expectedCommits: number;
}

const hour = (h: number) =>
  new Date(Date.parse("2025-11-18T08:00:00Z") + h * 3_600_000).toISOString();

function node(
  oid: string,
  parents: string[],
  at: string,
  author: { login: string; email: string },
): CommitNode {
  return {
    oid,
    message: `Work on ${oid}: tidy the views and add a test`,
    authoredDate: at,
    url: `https://github.com/${author.login}/commit/${oid}`,
    additions: 12,
    deletions: 3,
    changedFilesIfAvailable: 3,
    parents: { totalCount: parents.length, nodes: parents.map((oid) => ({ oid })) },
    author: { email: author.email, name: author.login, user: { login: author.login } },
  };
}

function files(seed: string): BenchFile[] {
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => `+line ${i} of ${seed}`).join("\n");
  return [
    {
      filename: "blog/views.py",
      status: "modified",
      additions: 20,
      deletions: 4,
      patch: `@@ -1,4 +1,20 @@\n${lines(20)}`,
    },
    {
      filename: "blog/tests/test_views.py",
      status: "added",
      additions: 15,
      deletions: 0,
      patch: `@@ -0,0 +1,15 @@\n${lines(15)}`,
    },
    {
      filename: "README.md",
      status: "modified",
      additions: 5,
      deletions: 1,
      patch: `@@ -3,1 +3,5 @@\n${lines(5)}`,
    },
  ];
}

function activeRepo(
  owner: string,
  name: string,
  learner: { login: string; email: string },
  shared: boolean,
): BenchRepo {
  const id = `${owner}-${name}`;
  const sha = (label: string) => `${id}-${label}`;
  const mine = (label: string, parents: string[], h: number) =>
    node(sha(label), parents, hour(h), learner);
  const c = [1, 2, 3, 4].map((i) => mine(`c${i}`, [i === 1 ? sha("p0") : sha(`c${i - 1}`)], i));
  const f = [1, 2, 3].map((i) => mine(`f${i}`, [i === 1 ? sha("c4") : sha(`f${i - 1}`)], 4 + i));
  const merge = mine("m", [sha("c4"), sha("f3")], 8);
  const c5 = mine("c5", [sha("m")], 9);
  const c6 = mine("c6", [sha("c5")], 10);
  const g = node(sha("g"), [sha("c6")], hour(11), { login: "mentor", email: "mentor@example.com" });
  const c7 = mine("c7", [shared ? sha("g") : sha("c6")], 12);
  const main = [
    c7,
    ...(shared ? [g] : []),
    c6,
    c5,
    merge,
    ...[...f].reverse(),
    ...[...c].reverse(),
  ];
  const compares = new Map<string, BenchFile[]>([
    [`${sha("p0")}...${sha("f3")}`, files(sha("f3"))],
  ]);
  if (shared) {
    compares.set(`${sha("m")}...${sha("c6")}`, files(sha("c6")));
    compares.set(`${sha("g")}...${sha("c7")}`, files(sha("c7")));
  } else {
    compares.set(`${sha("m")}...${sha("c7")}`, files(sha("c7")));
  }
  const pull: PullNode = {
    number: 1,
    title: "Add the blog views",
    url: `https://github.com/${owner}/${name}/pull/1`,
    createdAt: hour(5),
    mergedAt: hour(8),
    updatedAt: hour(8),
    author: { login: learner.login },
    reviews: { nodes: [] },
  };
  return {
    owner,
    name,
    kind: shared ? "shared" : "solo",
    branches: [
      branchNode("feature", f[2] as CommitNode, [...[...f].reverse(), ...[...c].reverse()]),
      branchNode("main", c7, main),
    ],
    pulls: [pull],
    compares,
    expectedCommits: 11,
  };
}

function branchNode(name: string, tip: CommitNode, nodes: CommitNode[]): BranchWithHistory {
  return {
    name,
    target: { oid: tip.oid, history: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } },
  };
}

/**
 * The `index`-th learner's `count` repositories. Every third repository is idle, and so is
 * every repository of every tenth learner; one active repository in five has a
 * collaborator's commit among the learner's.
 */
export function learnerRepos(
  author: { login: string; email: string },
  index: number,
  count: number,
): BenchRepo[] {
  const { login } = author;
  return Array.from({ length: count }, (_, r): BenchRepo => {
    const name = `project${r}`;
    if (r % 3 === 2 || index % 10 === 9) {
      return {
        owner: login,
        name,
        kind: "idle",
        branches: [
          branchNode("main", node(`${login}-${name}-old`, [], "2025-09-01T00:00:00Z", author), []),
        ],
        pulls: [],
        compares: new Map(),
        expectedCommits: 0,
      };
    }
    return activeRepo(login, name, author, (index * count + r) % 5 === 0);
  });
}
