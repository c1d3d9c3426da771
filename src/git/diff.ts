import type { FileChange, FileStatus } from "../domain/activity.js";
import { addedLinesOf, removedLinesOf } from "../domain/diff-plan.js";
import type { DiffRequest } from "../domain/diff-plan.js";
import { runGit } from "./run.js";

// Raw records (NUL-separated with -z) come first, then one patch section per record
// in the same order; a type change (file to symlink) has two sections.
const DIFF_ARGS = ["-r", "-M", "--no-commit-id", "--raw", "-z", "-p", "-U0", "--no-textconv"];

const STATUSES: Record<string, FileStatus> = {
  A: "added",
  C: "added",
  D: "removed",
  M: "modified",
  T: "modified",
  R: "renamed",
};

interface RawRecord {
  letter: string;
  paths: string[];
}

/** The file changes of one planned diff, read with `git diff-tree`. */
export async function localDiff(dir: string, diff: DiffRequest): Promise<FileChange[]> {
  const revisions = diff.kind === "range" ? [diff.base, diff.head] : ["--root", diff.sha];
  return parseDiffTree(await runGit(dir, ["diff-tree", ...DIFF_ARGS, ...revisions]));
}

/** Parses `git diff-tree --raw -z -p -U0` output into the model's file changes. */
export function parseDiffTree(output: string): FileChange[] {
  const records: RawRecord[] = [];
  let at = 0;
  const next = () => {
    const end = output.indexOf("\0", at);
    const field = output.slice(at, end);
    at = end + 1;
    return field;
  };
  while (output[at] === ":") {
    // ":100644 100644 <sha> <sha> R066" then the path, or both paths of a rename or copy.
    const letter = next().split(" ")[4]?.[0] ?? "";
    records.push({ letter, paths: "RC".includes(letter) ? [next(), next()] : [next()] });
  }
  // A NUL separates the raw records from the patches.
  const sections = `\n${output.slice(at + 1)}`.split("\ndiff --git ").slice(1);
  return records.flatMap(({ letter, paths }) => {
    const patches = sections.splice(0, letter === "T" ? 2 : 1);
    const status = STATUSES[letter];
    const [from = "", to = from] = paths;
    if (!status) return [];
    return [
      {
        path: to,
        ...(status === "renamed" ? { previousPath: from } : {}),
        status,
        ...countLines(patches),
        addedLines: patches.flatMap(addedLinesOf),
        removedLines: patches.flatMap(removedLinesOf),
      },
    ];
  });
}

/** Lines added and deleted by a file's patch sections, as `git diff --numstat` counts them. */
function countLines(patches: string[]): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  for (const patch of patches) {
    let inHunk = false;
    for (const line of patch.split("\n")) {
      if (line.startsWith("@@")) inHunk = true;
      else if (inHunk && line.startsWith("+")) additions += 1;
      else if (inHunk && line.startsWith("-")) deletions += 1;
    }
  }
  return { additions, deletions };
}
