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

/**
 * The commit HEAD was at `at` (the last one committed by then, on HEAD's history); HEAD
 * itself when no instant is given; undefined when nothing was committed by then.
 */
async function revisionAt(dir: string, at: string | undefined): Promise<string | undefined> {
  if (at === undefined) return "HEAD";
  const seconds = Math.floor(Date.parse(at) / 1000);
  const sha = await tryGit(dir, ["rev-list", "-1", `--before=@${seconds}`, "HEAD"]);
  return sha?.trim() || undefined;
}

/**
 * The repository as it was at `at` (by default, HEAD now): its README (by the shared
 * candidate order) and the paths that matter. A week is judged on the README it ended with.
 */
export async function localSnapshot(dir: string, at?: string): Promise<RepoSnapshot> {
  const revision = await revisionAt(dir, at);
  if (!revision) return { paths: [] };
  const [root, workflows, ...ciDirs] = await Promise.all([
    fileNames(dir, revision),
    fileNames(dir, `${revision}:${WORKFLOWS_DIR}`),
    ...CI_DIRS.map((ciDir) => fileNames(dir, `${revision}:${ciDir}`)),
  ]);
  const readmePath = README_CANDIDATES.find((name) => root.includes(name));
  return {
    ...(readmePath
      ? { readme: await runGit(dir, ["show", `${revision}:${readmePath}`]), readmePath }
      : {}),
    paths: snapshotPaths(
      root,
      workflows,
      Object.fromEntries(CI_DIRS.map((ciDir, i) => [ciDir, ciDirs[i] ?? []])),
    ),
  };
}
