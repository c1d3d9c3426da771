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

/** The branches, other than the default one, whose histories the source asks for next. */
export function movedBranches(
  branches: readonly BranchWithHistory[],
  defaultName = "main",
): BranchWithHistory[] {
  return branches.filter(
    (branch) => branch.name !== defaultName && tipOf(branch).target?.committedDate !== STILL,
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
