import type { RepoSnapshot } from "../domain/activity.js";
import {
  CI_DIRS,
  README_CANDIDATES,
  WORKFLOWS_DIR,
  snapshotPaths,
} from "../domain/head-snapshot.js";
import { runGit, tryGit } from "./run.js";

/** The branch HEAD is on; "HEAD" when it is detached. Works before the first commit too. */
export async function currentBranch(dir: string): Promise<string> {
  const name = await tryGit(dir, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  return name?.trim() || "HEAD";
}

/** Names of the files (not folders or submodules) in a tree at HEAD; none when it is absent. */
async function fileNames(dir: string, tree: string): Promise<string[]> {
  const output = await tryGit(dir, ["ls-tree", "-z", "--full-tree", tree]);
  // Each entry is "<mode> <type> <sha><TAB><name>".
  return (output ?? "")
    .split("\0")
    .map((entry) => /^\d+ blob [0-9a-f]+\t(.+)$/s.exec(entry)?.[1])
    .filter((name) => name !== undefined);
}

/** The repository at HEAD: its README (by the shared candidate order) and the paths that matter. */
export async function localSnapshot(dir: string): Promise<RepoSnapshot> {
  const [root, workflows, ...ciDirs] = await Promise.all([
    fileNames(dir, "HEAD"),
    fileNames(dir, `HEAD:${WORKFLOWS_DIR}`),
    ...CI_DIRS.map((ciDir) => fileNames(dir, `HEAD:${ciDir}`)),
  ]);
  const readmePath = README_CANDIDATES.find((name) => root.includes(name));
  return {
    ...(readmePath
      ? { readme: await runGit(dir, ["show", `HEAD:${readmePath}`]), readmePath }
      : {}),
    paths: snapshotPaths(
      root,
      workflows,
      Object.fromEntries(CI_DIRS.map((ciDir, i) => [ciDir, ciDirs[i] ?? []])),
    ),
  };
}
