import { tryGit } from "./run.js";

/** The e-mail `git commit` would use in this repository, if one is set. */
export async function configuredEmail(dir: string): Promise<string | undefined> {
  return (await tryGit(dir, ["config", "user.email"]))?.trim() || undefined;
}

/** Author instant of the repository's first commit, if it has any. */
export async function firstCommitTime(dir: string): Promise<string | undefined> {
  // Unix seconds compare correctly whatever offset each commit was made in.
  const roots = await tryGit(dir, ["log", "--all", "--max-parents=0", "--format=%at"]);
  const seconds = (roots ?? "").split("\n").filter(Boolean).map(Number);
  return seconds.length > 0 ? new Date(Math.min(...seconds) * 1000).toISOString() : undefined;
}

/** A file's text at HEAD, if the repository has it. */
export async function fileAtHead(dir: string, path: string): Promise<string | undefined> {
  return tryGit(dir, ["show", `HEAD:${path}`]);
}

/** Whether `dir` is (inside) a git repository's work tree. */
export async function isGitRepository(dir: string): Promise<boolean> {
  return (await tryGit(dir, ["rev-parse", "--is-inside-work-tree"]))?.trim() === "true";
}
