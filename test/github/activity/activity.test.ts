import nock from "nock";
import { describe, expect, it } from "vitest";
import { fetchGitHubActivity } from "../../../src/github/activity/index.js";
import { BRANCHES_QUERY } from "../../../src/github/activity/query.js";
import { tipOf } from "../../helpers/branches.js";
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
  learner,
  lookbackStart,
  window,
} from "./answers.js";

describe("fetchGitHubActivity", () => {
  it("answers a quiet week with exactly one request", async () => {
    expectActivityQuery({
      branches: [branch("main", "tip", [])],
      // No README.md: the first candidate present, README.rst (index 3), wins over README (5).
      readmes: { 3: "Blog\n====\n", 5: "plain" },
      rootFiles: ["README.rst", "README", "Dockerfile", "manage.py", "fly.toml/", "src/"],
      workflowFiles: ["ci.yml"],
    });
    const { octokit, count } = client();
    expect(await fetchWeek(octokit)).toEqual({
      repo: "ada/blog",
      url: "https://github.com/ada/blog",
      defaultBranch: "main",
      commits: [],
      changes: [],
      earlierCommitTimes: [],
      pulls: [],
      reviews: [],
      // fly.toml/ is a folder here, so it is no deployment file.
      head: {
        readme: "Blog\n====\n",
        readmePath: "README.rst",
        paths: [".github/workflows/ci.yml", "Dockerfile", "manage.py"],
      },
    });
    expect(count.total).toBe(1);
  });

  it("reads histories up to the instant measured at, so a week's commit rebased since still counts", async () => {
    // Written Thu Nov 20, rebased Mon Nov 24 07:00; the week is measured at 08:00.
    const rebased = commitNode({ oid: "r", parents: ["p"], at: "2025-11-20T10:00:00Z" });
    expectActivityQuery({ branches: [branch("main", "r", [rebased])] }, [], "2025-11-24T08:00:00Z");
    expectCompare("p", "r", [
      { filename: "views.py", status: "added", additions: 1, deletions: 0 },
    ]);
    const { octokit } = client();
    const activity = await fetchGitHubActivity({
      client: octokit,
      owner: OWNER,
      repo: NAME,
      window,
      lookbackStart,
      learner,
      committedUntil: "2025-11-24T08:00:00Z",
    });
    expect(activity.commits.map((commit) => commit.sha)).toEqual(["r"]);
  });

  it("counts feature work once though main holds it too, merges apart, bots and old work aside", async () => {
    // p (Oct, outside the histories) <- f1 <- f2 on feature; main: m = merge(p, f2) <- dep (bot).
    const f1 = commitNode({
      oid: "f1",
      parents: ["p"],
      at: "2025-11-18T10:00:00Z",
      email: "ada@work.example",
      login: null,
    });
    const f2 = commitNode({
      oid: "f2",
      parents: ["f1"],
      at: "2025-11-19T10:00:00Z",
      additions: 4,
      deletions: 2,
    });
    const m = commitNode({
      oid: "m",
      parents: ["p", "f2"],
      at: "2025-11-20T09:00:00Z",
      message: "Merge feature",
    });
    const dep = commitNode({
      oid: "dep",
      parents: ["m"],
      at: "2025-11-21T12:00:00Z",
      email: "49699333+dependabot[bot]@users.noreply.github.com",
      login: "dependabot[bot]",
    });
    const old = commitNode({ oid: "old", parents: ["p0"], at: "2025-11-05T08:00:00Z" });
    expectActivityQuery({
      branches: [
        branch("feature", "f2", [f2, f1]),
        branch("main", "dep", [dep, m, f2, f1]),
        branch("spike", "old", [old]),
      ],
    });
    expectCompare("p", "f2", [
      {
        filename: "tests/test_app.py",
        status: "added",
        additions: 2,
        deletions: 0,
        patch: "@@ -0,0 +1,2 @@\n+def test_home():\n+    assert True",
      },
      {
        filename: "docs/notes.md",
        previous_filename: "notes.txt",
        status: "renamed",
        additions: 1,
        deletions: 0,
        patch: "@@ -3,0 +4 @@ gamma\n+delta",
      },
    ]);
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);

    expect(activity.commits.map((c) => [c.sha, c.parents, c.authorLogin])).toEqual([
      ["f1", 1, undefined],
      ["f2", 1, "ada"],
      ["m", 2, "ada"],
    ]);
    expect(activity.commits[1]).toEqual({
      sha: "f2",
      repo: "ada/blog",
      authorLogin: "ada",
      authorEmail: "ada@home.example",
      authorName: "Ada",
      authoredAt: "2025-11-19T10:00:00Z",
      message: "commit f2",
      parents: 1,
      additions: 4,
      deletions: 2,
      changedFiles: 1,
      url: "https://github.com/ada/blog/commit/f2",
    });
    expect(activity.earlierCommitTimes).toEqual(["2025-11-05T08:00:00Z"]);
    expect(activity.changes).toEqual([
      {
        path: "docs/notes.md",
        previousPath: "notes.txt",
        status: "renamed",
        additions: 1,
        deletions: 0,
        addedLines: ["delta"],
        removedLines: [],
      },
      {
        path: "tests/test_app.py",
        status: "added",
        additions: 2,
        deletions: 0,
        addedLines: ["def test_home():", "    assert True"],
        removedLines: [],
      },
    ]);
    // The week; the history of spike, which moved since the lookback (not feature's: main's
    // history holds its tip, so its commits too); one compare for the single line of work.
    expect(count.total).toBe(3);
  });

  it("leaves a collaborator's commit out by comparing the learner's work on each side of it", async () => {
    // p <- a (Ada) <- x (Grace) <- b (Ada): compares p...a and x...b.
    const a = commitNode({ oid: "a", parents: ["p"], at: "2025-11-18T10:00:00Z" });
    const x = commitNode({
      oid: "x",
      parents: ["a"],
      at: "2025-11-18T11:00:00Z",
      email: "grace@example.com",
      login: "grace",
    });
    const b = commitNode({ oid: "b", parents: ["x"], at: "2025-11-18T12:00:00Z" });
    expectActivityQuery({ branches: [branch("main", "b", [b, x, a])] });
    expectCompare("p", "a", [
      {
        filename: "app.py",
        status: "modified",
        additions: 1,
        deletions: 0,
        patch: "@@ -1 +1,2 @@\n x\n+y",
      },
    ]);
    expectCompare("x", "b", [
      {
        filename: "app.py",
        status: "modified",
        additions: 1,
        deletions: 1,
        patch: "@@ -2 +2 @@\n-y\n+z",
      },
    ]);
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);
    expect(activity.commits.map((c) => c.sha)).toEqual(["a", "b"]);
    // Ada's own lines only: +1 then +1 −1; Grace's edit in x is in neither compare.
    expect(activity.changes).toEqual([
      {
        path: "app.py",
        status: "modified",
        additions: 2,
        deletions: 1,
        addedLines: ["y", "z"],
        removedLines: ["y"],
      },
    ]);
    expect(count.total).toBe(3);
  });

  it("follows the branch list past its first hundred", async () => {
    const late = commitNode({ oid: "late", parents: ["p"], at: "2025-11-20T10:00:00Z" });
    const zzLate = branch("zz-late", "late", [late]);
    // Branch tips first, page by page; then the history of the one that moved.
    nock(API)
      .post("/graphql", {
        query: BRANCHES_QUERY,
        variables: { owner: OWNER, name: NAME, after: "refs-100" },
      })
      .reply(200, {
        data: {
          repository: {
            refs: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [tipOf(zzLate)] },
          },
        },
      });
    expectActivityQuery({ branches: [branch("main", "p", [])], branchesCursor: "refs-100" }, [
      zzLate,
    ]);
    expectCompare("p", "late", [{ filename: "a.py", status: "added", additions: 0, deletions: 0 }]);
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);
    expect(activity.commits.map((c) => c.sha)).toEqual(["late"]);
    // An empty file has no patch and adds no lines.
    expect(activity.changes).toEqual([
      {
        path: "a.py",
        status: "added",
        additions: 0,
        deletions: 0,
        addedLines: [],
        removedLines: [],
      },
    ]);
    // The week, the second page of tips, the moved branch's history, one compare.
    expect(count.total).toBe(4);
  });
});
