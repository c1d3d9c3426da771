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

/** The folders listed beside the root: the workflows' and the other CI providers'. */
const LISTED_DIRS = [WORKFLOWS_DIR, ...CI_DIRS];

/**
 * Names of the files (not folders or submodules) at the root of `revision` and in each of
 * LISTED_DIRS, by folder ("" for the root), in one `git ls-tree`: a pathspec ending in "/"
 * lists that folder's entries in place of the folder. None when the revision is absent.
 */
async function listedFiles(dir: string, revision: string): Promise<Map<string, string[]>> {
  const pathspecs = [".", ...LISTED_DIRS.map((folder) => `${folder}/`)];
  const output = await tryGit(dir, ["ls-tree", "-z", "--full-tree", revision, "--", ...pathspecs]);
  const byFolder = new Map<string, string[]>();
  for (const entry of (output ?? "").split("\0")) {
    // Each entry is "<mode> <type> <sha><TAB><path>".
    const path = /^\d+ blob [0-9a-f]+\t(.+)$/s.exec(entry)?.[1];
    if (path === undefined) continue;
    const slash = path.lastIndexOf("/");
    const folder = path.slice(0, Math.max(slash, 0));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.slice(slash + 1)]);
  }
  return byFolder;
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
  const files = await listedFiles(dir, revision);
  const root = files.get("") ?? [];
  const readmePath = README_CANDIDATES.find((name) => root.includes(name));
  return {
    ...(readmePath
      ? { readme: await runGit(dir, ["show", `${revision}:${readmePath}`]), readmePath }
      : {}),
    paths: snapshotPaths(
      root,
      files.get(WORKFLOWS_DIR) ?? [],
      Object.fromEntries(CI_DIRS.map((ciDir) => [ciDir, files.get(ciDir) ?? []])),
    ),
  };
}
