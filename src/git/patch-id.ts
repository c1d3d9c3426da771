import type { SourceCommit } from "../domain/diff-plan.js";
import { runGit } from "./run.js";

/**
 * `git patch-id --stable` of each commit (sha → patch id): two copies of a change on
 * different branches share it. An empty commit has none. No git runs for no commits.
 */
export async function patchIds(
  dir: string,
  commits: readonly SourceCommit[],
): Promise<Map<string, string>> {
  if (commits.length === 0) return new Map();
  const patches = await runGit(dir, [
    "log",
    "--no-walk=unsorted",
    "--format=commit %H",
    "-p",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    ...commits.map((commit) => commit.sha),
  ]);
  // One "<patch id> <commit sha>" line per commit that has a patch.
  const output = await runGit(dir, ["patch-id", "--stable"], patches);
  return new Map(
    output
      .split("\n")
      .map((line) => line.split(" "))
      .flatMap(([id, sha]) => (id && sha ? [[sha, id] as const] : [])),
  );
}
