import type { RepoSnapshot } from "../../domain/activity.js";
import { CI_DIRS, README_CANDIDATES, snapshotPaths } from "../../domain/head-snapshot.js";
import type { ActivityRepository } from "./query.js";

type Tree = ActivityRepository["root"];

const fileNames = (tree: Tree) =>
  (tree?.entries ?? []).filter((entry) => entry.type === "blob").map((entry) => entry.name);

/** The default branch's HEAD as activityQuery saw it: the first README found, and the paths that matter. */
export function snapshotOf(repository: ActivityRepository): RepoSnapshot {
  const index = README_CANDIDATES.findIndex(
    (_, i) => typeof repository[`readme${i}`]?.text === "string",
  );
  const readme = repository[`readme${index}`]?.text;
  return {
    ...(index >= 0 && typeof readme === "string"
      ? { readme, readmePath: README_CANDIDATES[index] }
      : {}),
    paths: snapshotPaths(
      fileNames(repository.root),
      fileNames(repository.workflows),
      Object.fromEntries(CI_DIRS.map((dir, i) => [dir, fileNames(repository[`ci${i}`] ?? null)])),
    ),
  };
}
