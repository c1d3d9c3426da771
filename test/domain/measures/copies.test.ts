import { describe, expect, it } from "vitest";
import type { SourceCommit } from "../../../src/domain/diff-plan.js";
import { oneCopyEach, possibleCopies } from "../../../src/domain/measures/copies.js";

const commit = (sha: string, parent: string | string[], authoredAt: string): SourceCommit => {
  const parentShas = typeof parent === "string" ? [parent] : parent;
  return {
    sha,
    repo: "ada/blog",
    authorEmail: "ada@home.example",
    authorName: "Ada",
    authoredAt,
    message: sha,
    parents: parentShas.length,
    parentShas,
    additions: 1,
    deletions: 0,
    changedFiles: 1,
  };
};

const MON = "2025-11-17T09:00:00Z";
const TUE = "2025-11-18T09:00:00Z";
const shas = (commits: SourceCommit[]) => commits.map((c) => c.sha);

describe("possibleCopies", () => {
  it("names only non-merge commits that share their author instant with another", () => {
    const commits = [
      commit("a", "p", MON),
      commit("a2", "q", "2025-11-17T10:00:00+01:00"), // the same instant, written in Paris
      commit("b", "a", TUE),
      commit("m", ["b", "a2"], TUE), // a merge at b's instant
      commit("a", "p", MON), // a read twice, from two branches
    ];
    expect(shas(possibleCopies(commits))).toEqual(["a", "a2"]);
  });

  it("names none in a week without copies, so no patch identity is needed", () => {
    expect(possibleCopies([commit("a", "p", MON), commit("b", "a", TUE)])).toEqual([]);
  });
});

describe("oneCopyEach", () => {
  it("keeps each sha once, and every commit when no patch identities are known", () => {
    const commits = [commit("a", "p", MON), commit("a2", "q", MON), commit("a", "p", MON)];
    expect(shas(oneCopyEach(commits, new Map()))).toEqual(["a", "a2"]);
  });

  it("keeps one copy of a change: same author instant and patch identity", () => {
    // p ── a ── b  and  q ── a' ── b' (a branch rebased onto q, the old one kept), and c,
    // another change written at a's instant.
    const commits = [
      commit("p", [], "2025-11-10T09:00:00Z"),
      commit("q", "p", "2025-11-11T09:00:00Z"),
      commit("fa", "p", MON),
      commit("fb", "fa", TUE),
      commit("0a", "q", MON),
      commit("0b", "0a", TUE),
      commit("c", "p", MON),
    ];
    const ids = new Map([
      ["fa", "id-a"],
      ["0a", "id-a"],
      ["c", "id-c"],
      ["fb", "id-b"],
      ["0b", "id-b"],
    ]);
    // a: both copies' parents are kept (p, q): the smaller sha, 0a. b: the copy on 0a.
    expect(shas(oneCopyEach(commits, ids))).toEqual(["p", "q", "0a", "0b", "c"]);
  });

  it("follows the kept parent rather than the smaller sha, so a line of work stays whole", () => {
    const commits = [
      commit("p", [], "2025-11-10T09:00:00Z"),
      commit("fa", "p", MON),
      commit("fb", "fa", TUE),
      // a' on a branch whose base is not in the history read.
      commit("0a", "elsewhere", MON),
      commit("0b", "0a", TUE),
    ];
    const ids = new Map([
      ["fa", "id-a"],
      ["0a", "id-a"],
      ["fb", "id-b"],
      ["0b", "id-b"],
    ]);
    expect(shas(oneCopyEach(commits, ids))).toEqual(["p", "fa", "fb"]);
  });

  it("keeps the same patch written at two instants twice: a change reapplied later is work again", () => {
    const commits = [commit("a", "p", MON), commit("b", "a", TUE)];
    const ids = new Map([
      ["a", "same"],
      ["b", "same"],
    ]);
    expect(shas(oneCopyEach(commits, ids))).toEqual(["a", "b"]);
  });
});
