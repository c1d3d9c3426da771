import type { FileChange, FileStatus } from "../../domain/activity.js";
import { addedLinesOf, removedLinesOf } from "../../domain/diff-plan.js";
import type { DiffRequest } from "../../domain/diff-plan.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";

/** A compare lists at most this many files; at the limit the list may be cut short. */
const COMPARE_FILE_LIMIT = 300;
/** A single commit's files come 300 to a page, up to 3000 files: ten pages. */
const COMMIT_FILE_PAGES = 10;

interface GitHubFile {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
}

// "copied" starts a new path; "changed" is a mode change; "unchanged" is no change at all.
const STATUSES: Record<string, FileStatus> = {
  added: "added",
  removed: "removed",
  modified: "modified",
  renamed: "renamed",
  copied: "added",
  changed: "modified",
};

/** A file of a compare or commit response in the model's terms; undefined for "unchanged". */
function fileChange(file: GitHubFile): FileChange | undefined {
  const status = STATUSES[file.status];
  if (!status) return undefined;
  // GitHub leaves out the patch of a binary file, and of a text file too large to show:
  // only the second is an unknown.
  const linesOf = (count: number, of: (patch: string) => string[]) =>
    file.patch ? of(file.patch) : count === 0 ? [] : undefined;
  const addedLines = linesOf(file.additions, addedLinesOf);
  const removedLines = linesOf(file.deletions, removedLinesOf);
  return {
    path: file.filename,
    ...(status === "renamed" && file.previous_filename
      ? { previousPath: file.previous_filename }
      : {}),
    status,
    additions: file.additions,
    deletions: file.deletions,
    ...(addedLines ? { addedLines } : {}),
    ...(removedLines ? { removedLines } : {}),
  };
}

const changesOf = (files: GitHubFile[]) => files.flatMap((file) => fileChange(file) ?? []);

/**
 * The file changes of one planned diff, as lists in the order they apply: one list for a
 * range, or, when a compare reaches GitHub's file limit, one list per commit of the range.
 */
export async function fetchDiff(
  client: GitHubClient,
  ref: RepoRef,
  diff: DiffRequest,
): Promise<FileChange[][]> {
  if (diff.kind === "commit") return [await commitChanges(client, ref, diff.sha)];
  // One commit per page: the files come whole with the first page, the commits are not needed.
  const { data } = await client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    ...ref,
    basehead: `${diff.base}...${diff.head}`,
    per_page: 1,
  });
  const files = data.files ?? [];
  if (files.length < COMPARE_FILE_LIMIT) return [changesOf(files)];
  const perCommit: FileChange[][] = [];
  for (const sha of diff.commits) perCommit.push(await commitChanges(client, ref, sha));
  return perCommit;
}

async function commitChanges(client: GitHubClient, ref: RepoRef, sha: string) {
  const changes: FileChange[] = [];
  for (let page = 1; page <= COMMIT_FILE_PAGES; page += 1) {
    const { data, headers } = await client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
      owner: ref.owner,
      repo: ref.repo,
      ref: sha,
      ...(page > 1 ? { page } : {}),
    });
    changes.push(...changesOf(data.files ?? []));
    if (!/rel="next"/.test(headers.link ?? "")) break;
  }
  return changes;
}
