import { describe, expect, it } from "vitest";
import {
  branch,
  client,
  commitNode,
  expectActivityQuery,
  expectCompare,
  fetchWeek,
} from "./answers.js";

const TUE = "2025-11-18T10:00:00Z";

describe("a change on two branches, read from GitHub", () => {
  it("is one change when written at one instant with one size, and is diffed once", async () => {
    // main: p ── a;  develop: p ── q ── a' (a cherry-picked, +2 −1 in one file, as a).
    const a = commitNode({ oid: "a", parents: ["p"], at: TUE, additions: 2, deletions: 1 });
    const q = commitNode({ oid: "q", parents: ["p"], at: "2025-11-18T09:00:00Z" });
    const copy = commitNode({ oid: "c", parents: ["q"], at: TUE, additions: 2, deletions: 1 });
    expectActivityQuery({
      branches: [branch("develop", "c", [copy, q]), branch("main", "a", [a])],
    });
    // q is kept first (written earlier); of a and its copy, the copy's parent q is kept and
    // a's parent p was never read: the copy stays, and q..c is one line of work.
    expectCompare("p", "c", [
      { filename: "app.py", status: "modified", additions: 3, deletions: 1 },
    ]);
    const { octokit, count } = client();
    const activity = await fetchWeek(octokit);
    expect(activity.commits.map((commit) => commit.sha)).toEqual(["q", "c"]);
    // The week, develop's history, one compare.
    expect(count.total).toBe(3);
  });

  it("is two changes when written at one instant with different sizes", async () => {
    // main: p ── a (+1) ;  develop: p ── b (+2), both written the same second.
    const a = commitNode({ oid: "a", parents: ["p"], at: TUE });
    const b = commitNode({ oid: "b", parents: ["p"], at: TUE, additions: 2 });
    expectActivityQuery({ branches: [branch("develop", "b", [b]), branch("main", "a", [a])] });
    expectCompare("p", "a", [{ filename: "a.py", status: "modified", additions: 1, deletions: 0 }]);
    expectCompare("p", "b", [{ filename: "b.py", status: "modified", additions: 2, deletions: 0 }]);
    const { octokit } = client();
    const activity = await fetchWeek(octokit);
    expect(activity.commits.map((commit) => commit.sha)).toEqual(["a", "b"]);
  });
});
