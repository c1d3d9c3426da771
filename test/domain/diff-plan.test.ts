import { describe, expect, it } from "vitest";
import type { FileChange } from "../../src/domain/activity.js";
import {
  addedLinesOf,
  netChanges,
  planDiffs,
  planWeek,
  type SourceCommit,
} from "../../src/domain/diff-plan.js";

const learner = { login: "ada", emails: ["ada@home.example"] };
const window = { start: "2025-11-17T00:00:00Z", end: "2025-11-24T00:00:00Z" };
const lookbackStart = "2025-11-03T00:00:00Z";

/** A commit by the learner (her work e-mail) on 18 Nov at `hour`, unless told otherwise. */
function commit(
  sha: string,
  parentShas: string[],
  options: { at?: string; hour?: number; email?: string; login?: string } = {},
): SourceCommit {
  const hour = String(options.hour ?? 10).padStart(2, "0");
  return {
    sha,
    repo: "ada/blog",
    ...(options.login ? { authorLogin: options.login } : {}),
    authorEmail: options.email ?? "ada@home.example",
    authorName: "Ada",
    authoredAt: options.at ?? `2025-11-18T${hour}:00:00Z`,
    message: `commit ${sha}`,
    parents: parentShas.length,
    parentShas,
    additions: 1,
    deletions: 0,
    changedFiles: 1,
  };
}

describe("planDiffs", () => {
  it("fetches a linear line of work as one range from the parent of its oldest commit", () => {
    // p (before the week) <- a <- b <- c: base p, head c.
    const commits = [
      commit("a", ["p"], { hour: 1 }),
      commit("c", ["b"], { hour: 3 }),
      commit("b", ["a"], { hour: 2 }),
    ];
    expect(planDiffs(commits)).toEqual([
      { kind: "range", base: "p", head: "c", commits: ["a", "b", "c"] },
    ]);
  });

  it("leaves merges out and starts a new line after one", () => {
    // feature: p <- a <- b; main: q <- m(q, b) <- c. Lines: p..b, then m..c; m is never diffed.
    const commits = [
      commit("a", ["p"], { hour: 1 }),
      commit("b", ["a"], { hour: 2 }),
      commit("m", ["q", "b"], { hour: 3 }),
      commit("c", ["m"], { hour: 4 }),
    ];
    expect(planDiffs(commits)).toEqual([
      { kind: "range", base: "p", head: "b", commits: ["a", "b"] },
      { kind: "range", base: "m", head: "c", commits: ["c"] },
    ]);
  });

  it("cuts a line at a fork so the two branches never share a commit", () => {
    // p <- a, then a <- b (hour 3) and a <- c (hour 2): a alone, then the older branch c, then b.
    const commits = [
      commit("a", ["p"], { hour: 1 }),
      commit("b", ["a"], { hour: 3 }),
      commit("c", ["a"], { hour: 2 }),
    ];
    expect(planDiffs(commits)).toEqual([
      { kind: "range", base: "p", head: "a", commits: ["a"] },
      { kind: "range", base: "a", head: "c", commits: ["c"] },
      { kind: "range", base: "a", head: "b", commits: ["b"] },
    ]);
  });

  it("diffs a root commit on its own and ranges over the rest of its line", () => {
    expect(planDiffs([commit("r", []), commit("a", ["r"], { hour: 11 })])).toEqual([
      { kind: "commit", sha: "r" },
      { kind: "range", base: "r", head: "a", commits: ["a"] },
    ]);
    expect(planDiffs([commit("r", [])])).toEqual([{ kind: "commit", sha: "r" }]);
  });

  it("orders independent lines by their oldest commit and plans nothing for no work", () => {
    const commits = [commit("late", ["x"], { hour: 9 }), commit("early", ["y"], { hour: 8 })];
    expect(planDiffs(commits).map((diff) => diff.kind === "range" && diff.head)).toEqual([
      "early",
      "late",
    ]);
    expect(planDiffs([])).toEqual([]);
  });
});

describe("planWeek", () => {
  const plan = (commits: SourceCommit[]) => planWeek({ commits, window, lookbackStart, learner });

  it("keeps the learner's commits of the window once each, oldest first, without parent shas", () => {
    const a = commit("a", ["p"], { hour: 9 });
    const b = commit("b", ["a"], { hour: 8, email: "ada@work.example", login: "ada" });
    const result = plan([a, b, a]);
    const plain = ({ parentShas: _parentShas, ...fields }: SourceCommit) => fields;
    expect(result.commits).toEqual([plain(b), plain(a)]);
  });

  it("recognises the learner by login, configured e-mail or no-reply address, never a bot", () => {
    const result = plan([
      commit("login", ["p"], { hour: 1, email: "laptop@local", login: "Ada" }),
      commit("noreply", ["p"], { hour: 2, email: "123+ada@users.noreply.github.com" }),
      commit("bot", ["p"], {
        hour: 3,
        email: "49699333+dependabot[bot]@users.noreply.github.com",
        login: "dependabot[bot]",
      }),
      commit("friend", ["p"], { hour: 4, email: "grace@example.com", login: "grace" }),
    ]);
    expect(result.commits.map((c) => c.sha)).toEqual(["login", "noreply"]);
  });

  it("counts the window as [start, end) and the look-back as [lookbackStart, start), merges apart", () => {
    const result = plan([
      commit("at-start", ["p"], { at: "2025-11-17T00:00:00Z" }),
      commit("last-second", ["p"], { at: "2025-11-23T23:59:59Z" }),
      commit("at-end", ["p"], { at: "2025-11-24T00:00:00Z" }),
      commit("at-lookback", ["p"], { at: "2025-11-03T00:00:00Z" }),
      commit("too-early", ["p"], { at: "2025-11-02T23:59:59Z" }),
      commit("earlier-merge", ["p", "q"], { at: "2025-11-10T12:00:00Z" }),
      commit("earlier", ["p"], { at: "2025-11-10T13:00:00Z" }),
      commit("merge", ["p", "q"], { at: "2025-11-19T12:00:00Z" }),
    ]);
    expect(result.commits.map((c) => c.sha)).toEqual(["at-start", "merge", "last-second"]);
    expect(result.earlierCommitTimes).toEqual(["2025-11-03T00:00:00Z", "2025-11-10T13:00:00Z"]);
  });

  it("splits a line where a collaborator's commit sits between the learner's", () => {
    // p <- a (ada) <- x (grace) <- b (ada): x must not be counted, so a and b are diffed apart.
    const result = plan([
      commit("a", ["p"], { hour: 1 }),
      commit("x", ["a"], { hour: 2, email: "grace@example.com" }),
      commit("b", ["x"], { hour: 3 }),
    ]);
    expect(result.diffs).toEqual([
      { kind: "range", base: "p", head: "a", commits: ["a"] },
      { kind: "range", base: "x", head: "b", commits: ["b"] },
    ]);
  });
});

const change = (
  path: string,
  status: FileChange["status"],
  extra: Partial<FileChange> = {},
): FileChange => ({
  path,
  status,
  additions: 1,
  deletions: 0,
  ...extra,
});

describe("netChanges", () => {
  // Each row: the diffs in order, then the one net change (or none) worked out by hand.
  const cases: [string, FileChange[][], FileChange[]][] = [
    [
      "added then modified is added",
      [[change("a.py", "added")], [change("a.py", "modified")]],
      [change("a.py", "added", { additions: 2 })],
    ],
    ["added then removed is gone", [[change("a.py", "added")], [change("a.py", "removed")]], []],
    [
      "modified then removed is removed",
      [[change("a.py", "modified")], [change("a.py", "removed")]],
      [change("a.py", "removed", { additions: 2 })],
    ],
    [
      "removed then added is modified",
      [[change("a.py", "removed")], [change("a.py", "added")]],
      [change("a.py", "modified", { additions: 2 })],
    ],
    [
      "renamed then modified is renamed",
      [[change("b.py", "renamed", { previousPath: "a.py" })], [change("b.py", "modified")]],
      [change("b.py", "renamed", { previousPath: "a.py", additions: 2 })],
    ],
    [
      "modified then renamed is renamed",
      [[change("a.py", "modified")], [change("b.py", "renamed", { previousPath: "a.py" })]],
      [change("b.py", "renamed", { previousPath: "a.py", additions: 2 })],
    ],
    [
      "renamed twice keeps the first name",
      [
        [change("b.py", "renamed", { previousPath: "a.py" })],
        [change("c.py", "renamed", { previousPath: "b.py" })],
      ],
      [change("c.py", "renamed", { previousPath: "a.py", additions: 2 })],
    ],
    [
      "renamed and back is modified",
      [
        [change("b.py", "renamed", { previousPath: "a.py" })],
        [change("a.py", "renamed", { previousPath: "b.py" })],
      ],
      [change("a.py", "modified", { additions: 2 })],
    ],
    [
      "added then renamed is added",
      [[change("a.py", "added")], [change("b.py", "renamed", { previousPath: "a.py" })]],
      [change("b.py", "added", { additions: 2 })],
    ],
    [
      "renamed then removed is removed under the old name",
      [[change("b.py", "renamed", { previousPath: "a.py" })], [change("b.py", "removed")]],
      [change("a.py", "removed", { additions: 2 })],
    ],
    [
      "a rename onto a path removes what was there",
      [[change("b.py", "modified")], [change("b.py", "renamed", { previousPath: "a.py" })]],
      [change("b.py", "removed"), change("b.py", "renamed", { previousPath: "a.py" })],
    ],
  ];
  it.each(cases)("%s", (_name, diffs, expected) => {
    expect(netChanges(diffs)).toEqual(expected);
  });

  it("sums counts, concatenates added lines, and sorts by path", () => {
    const diffs = [
      [
        change("z.py", "added", { additions: 2, addedLines: ["def test_a():", "    pass"] }),
        change("m.md", "modified", { deletions: 4 }),
      ],
      [
        change("z.py", "modified", {
          additions: 1,
          deletions: 1,
          addedLines: ["def test_b(): pass"],
        }),
      ],
    ];
    // z.py: 2 + 1 added, 0 + 1 deleted; m.md keeps its own counts and has no added lines.
    expect(netChanges(diffs)).toEqual([
      change("m.md", "modified", { deletions: 4 }),
      change("z.py", "added", {
        additions: 3,
        deletions: 1,
        addedLines: ["def test_a():", "    pass", "def test_b(): pass"],
      }),
    ]);
  });
});

describe("addedLinesOf", () => {
  it("reads a GitHub file patch: '+' lines inside hunks, the marker stripped", () => {
    const patch = "@@ -1,2 +1,3 @@\n context\n-old\n+new\n+++plus\n\\ No newline at end of file";
    expect(addedLinesOf(patch)).toEqual(["new", "++plus"]);
  });

  it("skips the header of a git diff section", () => {
    const section =
      "a/t.py b/t.py\nnew file mode 100644\n--- /dev/null\n+++ b/t.py\n@@ -0,0 +1 @@\n+def test_x(): pass";
    expect(addedLinesOf(section)).toEqual(["def test_x(): pass"]);
    expect(addedLinesOf("Binary files /dev/null and b/x.png differ")).toEqual([]);
  });
});
