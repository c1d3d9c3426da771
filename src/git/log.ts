import type { SourceCommit } from "../domain/diff-plan.js";
import { isoOfInstant } from "../domain/week/time.js";
import { runGit } from "./run.js";

// Records start with RS; fields are split by US; the numstat lines follow the last field.
const RS = "\x1e";
const US = "\x1f";
const FORMAT = `--format=${RS}%H${US}%P${US}%aI${US}%ae${US}%an${US}%B${US}`;

const epochSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);

/** `git log`'s committer-date bounds, as GitHub's history(since, until) applies them. */
export function commitDateBounds(since: string, until: string): string[] {
  return [`--since=@${epochSeconds(since)}`, `--until=@${epochSeconds(until)}`];
}

interface LogParams {
  dir: string;
  /** Repository name written on each commit. */
  repo: string;
  /** Committer-date bounds, as GitHub's history(since, until) applies them. */
  since: string;
  until: string;
}

/**
 * Every commit on a local or remote-tracking branch committed within the bounds, with its
 * size against its first parent. `--all` is avoided: it would count stash entries, which
 * are merge commits, as the learner's work.
 */
export async function readCommits({ dir, repo, since, until }: LogParams): Promise<SourceCommit[]> {
  const output = await runGit(dir, [
    "log",
    "--branches",
    "--remotes",
    ...commitDateBounds(since, until),
    "-M",
    "--diff-merges=first-parent",
    "--numstat",
    "--no-textconv",
    FORMAT,
  ]);
  return output
    .split(RS)
    .slice(1)
    .map((record) => parseRecord(repo, record));
}

function parseRecord(repo: string, record: string): SourceCommit {
  const [sha = "", parents = "", authoredAt = "", email = "", name = "", message = "", stat = ""] =
    record.split(US);
  const parentShas = parents.split(" ").filter(Boolean);
  // numstat lines are "added<TAB>deleted<TAB>path"; a binary file shows "-" for both.
  const files = stat
    .split("\n")
    .map((line) => /^(\d+|-)\t(\d+|-)\t/.exec(line))
    .filter((match) => match !== null);
  const sum = (group: 1 | 2) =>
    files.reduce((total, match) => total + (Number(match[group]) || 0), 0);
  return {
    sha,
    repo,
    authorEmail: email,
    authorName: name,
    authoredAt: isoOfInstant(authoredAt),
    // GitHub shows a message without the newline git stores after it.
    message: message.trimEnd(),
    parents: parentShas.length,
    parentShas,
    additions: sum(1),
    deletions: sum(2),
    changedFiles: files.length,
  };
}
