import type {
  BranchTip,
  CommitNode,
  Connection,
  DefaultBranch,
} from "../../src/github/activity/query.js";

/** A branch as a test world describes it: its tip and its history within the week's bounds. */
export interface BranchWithHistory {
  name: string;
  target: { oid: string; history: Connection<CommitNode> };
}

/** Long before any week a test reads: the commit date of a branch that did not move. */
const STILL = "2000-01-01T00:00:00Z";

/**
 * A branch's tip as GitHub lists it: its commit date is its tip's when the tip is in the
 * history read (it moved), else from before any week.
 */
export function tipOf(branch: BranchWithHistory): BranchTip {
  const tip = branch.target.history.nodes.find((node) => node.oid === branch.target.oid);
  return {
    name: branch.name,
    target: { oid: branch.target.oid, committedDate: tip?.authoredDate ?? STILL },
  };
}

/** The default branch as the activity query answers it, with its history. */
export function defaultBranchOf(
  branches: readonly BranchWithHistory[],
  name = "main",
): DefaultBranch | null {
  return branches.find((branch) => branch.name === name) ?? { name, target: null };
}

/**
 * The branches whose histories the source asks for next: other than the default one, moved,
 * and with a tip the default branch's history does not hold (not merged into it).
 */
export function movedBranches(
  branches: readonly BranchWithHistory[],
  defaultName = "main",
): BranchWithHistory[] {
  const main = branches.find((branch) => branch.name === defaultName);
  const merged = new Set(main?.target.history.nodes.map((node) => node.oid));
  return branches.filter(
    (branch) =>
      branch.name !== defaultName &&
      tipOf(branch).target?.committedDate !== STILL &&
      !merged.has(branch.target.oid),
  );
}

/** The answer to movedHistoriesQuery for these branches of one repository, in order. */
export function movedHistoriesData(branches: readonly BranchWithHistory[]) {
  return {
    r0: Object.fromEntries(
      branches.map((branch, index) => [`branch${index}`, { history: branch.target.history }]),
    ),
  };
}
