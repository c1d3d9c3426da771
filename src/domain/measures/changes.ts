import type { FileChange } from "../activity.js";
import { fileEvidence, type FileEvidence } from "./evidence.js";

/** A file change tagged with its repository, so several repositories' weeks can be pooled. */
export interface RepoFileChange extends FileChange {
  repo: string;
}

/**
 * The changes that count as work on a kind of file, matched on the path after the change.
 * Removed files never count: every file measure credits work toward a goal, and a
 * removed file is not work on tests, docs or deployment that a learner can be shown.
 * A rename counts once, under its new path, with the old path in its evidence.
 */
export function contributions(
  changes: readonly RepoFileChange[],
  matches: (path: string) => boolean,
): RepoFileChange[] {
  return changes.filter((change) => change.status !== "removed" && matches(change.path));
}

/** Evidence for the changes that count as work on a kind of file (see `contributions`). */
export function filesChanged(
  changes: readonly RepoFileChange[],
  matches: (path: string) => boolean,
): FileEvidence[] {
  return contributions(changes, matches).map((change) => fileEvidence(change.repo, change));
}
