import nock from "nock";
import { describe, expect, it } from "vitest";
import { HISTORY_QUERY } from "../../../src/github/activity/query.js";
import {
  API,
  NAME,
  OWNER,
  branch,
  client,
  commitNode,
  expectActivityQuery,
  expectCompare,
  fetchWeek,
  lookbackStart,
  window,
} from "./answers.js";

describe("a busy week on GitHub", () => {
  it("pages a branch with more than a hundred commits and still compares it once", async () => {
    // c1..c150, one a minute from Nov 18 10:00, each on the one before; c1 on p0 from October.
    const at = (i: number) =>
      new Date(Date.parse("2025-11-18T10:00:00Z") + i * 60_000).toISOString();
    const nodes = Array.from({ length: 150 }, (_, k) => {
      const i = 150 - k; // newest first, as git log lists them
      return commitNode({ oid: `c${i}`, parents: [i === 1 ? "p0" : `c${i - 1}`], at: at(i) });
    });
    expectActivityQuery({ branches: [branch("main", "c150", nodes.slice(0, 100), "page-1")] });
    nock(API)
      .post("/graphql", {
        query: HISTORY_QUERY,
        variables: {
          owner: OWNER,
          name: NAME,
          tip: "c150",
          since: lookbackStart,
          until: window.end,
          after: "page-1",
        },
      })
      .reply(200, {
        data: {
          repository: {
            object: {
              history: {
                pageInfo: { hasNextPage: false, endCursor: null },
                nodes: nodes.slice(100),
              },
            },
          },
        },
      });
    expectCompare("p0", "c150", [
      { filename: "log.txt", status: "added", additions: 150, deletions: 0 },
    ]);
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);
    expect(activity.commits).toHaveLength(150);
    expect(activity.commits[0]?.sha).toBe("c1");
    expect(activity.commits[149]?.sha).toBe("c150");
    // A text file whose patch GitHub left out: its added lines are unknown, not empty (it
    // removed none, so those are known).
    expect(activity.changes).toEqual([
      { path: "log.txt", status: "added", additions: 150, deletions: 0, removedLines: [] },
    ]);
    expect(count.byRoute).toEqual({
      "POST /graphql": 2,
      "GET /repos/{owner}/{repo}/compare/{basehead}": 1,
    });
  });

  it("falls back to each commit's own pages when a compare reaches 300 files", async () => {
    // p <- a (adds gen/f0..f300: 300 on page 1, f300 on page 2) <- b (edits gen/f0: +1 −1).
    const a = commitNode({
      oid: "a",
      parents: ["p"],
      at: "2025-11-18T10:00:00Z",
      additions: 301,
      changedFiles: 301,
    });
    const b = commitNode({ oid: "b", parents: ["a"], at: "2025-11-18T11:00:00Z" });
    const added = (i: number) => ({
      filename: `gen/f${i}.txt`,
      status: "added",
      additions: 1,
      deletions: 0,
      patch: `@@ -0,0 +1 @@\n+${i}`,
    });
    expectActivityQuery({ branches: [branch("main", "b", [b, a])] });
    expectCompare(
      "p",
      "b",
      Array.from({ length: 300 }, (_, i) => added(i)),
    );
    nock(API)
      .get(`/repos/${OWNER}/${NAME}/commits/a`)
      .reply(
        200,
        { files: Array.from({ length: 300 }, (_, i) => added(i)) },
        {
          link: `<${API}/repositories/1/commits/a?page=2>; rel="next", <${API}/repositories/1/commits/a?page=2>; rel="last"`,
        },
      )
      .get(`/repos/${OWNER}/${NAME}/commits/a`)
      .query({ page: "2" })
      .reply(200, { files: [added(300)] })
      .get(`/repos/${OWNER}/${NAME}/commits/b`)
      .reply(200, {
        files: [
          {
            filename: "gen/f0.txt",
            status: "modified",
            additions: 1,
            deletions: 1,
            patch: "@@ -1 +1 @@\n-0\n+zero",
          },
        ],
      });
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);
    // 301 files, every one added; f0 added (+1) then edited (+1 −1): added, +2 −1.
    expect(activity.changes).toHaveLength(301);
    expect(activity.changes.every((change) => change.status === "added")).toBe(true);
    expect(activity.changes.find((change) => change.path === "gen/f0.txt")).toEqual({
      path: "gen/f0.txt",
      status: "added",
      additions: 2,
      deletions: 1,
      addedLines: ["0", "zero"],
      removedLines: ["0"],
    });
    expect(count.total).toBe(5);
  });
});
