import { describe, expect, it } from "vitest";
import { measureTests } from "../../../src/domain/measures/tests.js";
import {
  branch,
  client,
  commitNode,
  expectActivityQuery,
  expectCompare,
  fetchWeek,
} from "./answers.js";

describe("new test cases, read from GitHub", () => {
  it("counts none from a test file one of whose diffs GitHub would not show, and says 'at least'", async () => {
    // main: p ── a (tests/test_app.py +1, shown);  develop: p ── b (the same file, too large to show).
    const a = commitNode({ oid: "a", parents: ["p"], at: "2025-11-18T10:00:00Z" });
    const b = commitNode({ oid: "b", parents: ["p"], at: "2025-11-19T10:00:00Z", additions: 4000 });
    expectActivityQuery({ branches: [branch("develop", "b", [b]), branch("main", "a", [a])] });
    const file = { filename: "tests/test_app.py", status: "modified", deletions: 0 };
    expectCompare("p", "a", [{ ...file, additions: 1, patch: "@@ -1,0 +2 @@\n+def test_a():" }]);
    expectCompare("p", "b", [{ ...file, additions: 4000 }]);
    const { octokit } = client();
    const activity = await fetchWeek(octokit);
    // b's added lines are unknown, so the file's are: test_a alone would be a guess.
    expect(activity.changes).toEqual([
      {
        path: "tests/test_app.py",
        status: "modified",
        additions: 4001,
        deletions: 0,
        removedLines: [],
      },
    ]);
    const tests = measureTests(activity.changes.map((change) => ({ ...change, repo: "ada/blog" })));
    expect(tests.newCases).toEqual([]);
    expect(tests.newCasesComplete).toBe(false);
  });
});
