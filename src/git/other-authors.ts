import type { Interval, LearnerIdentity } from "../domain/activity.js";
import { isBot, isLearners } from "../domain/identity.js";
import { commitDateBounds } from "./log.js";
import { runGit } from "./run.js";

/** Someone other than the learner who committed in the week, by e-mail. */
export interface OtherAuthor {
  email: string;
  commits: number;
}

/**
 * Commits authored in the window (by author date, as the week counts them) on any branch,
 * by e-mail addresses that are neither the learner's nor a bot's: most often the learner's
 * own work under another local git identity, which a preview should point out rather than
 * show as a quiet week. Most commits first.
 */
export async function otherAuthors(params: {
  dir: string;
  window: Interval;
  learner: LearnerIdentity;
  /** Histories are read up to this commit date, as the week's own reading does. */
  committedUntil: string;
}): Promise<OtherAuthor[]> {
  const { dir, window, learner, committedUntil } = params;
  const output = await runGit(dir, [
    "log",
    "--branches",
    "--remotes",
    "--no-merges",
    ...commitDateBounds(window.start, committedUntil),
    "--format=%H %aI %ae",
  ]);
  const counts = new Map<string, Set<string>>();
  const [start, end] = [Date.parse(window.start), Date.parse(window.end)];
  for (const line of output.split("\n")) {
    const [sha = "", authoredAt = "", email = ""] = line.split(" ");
    const at = Date.parse(authoredAt);
    if (sha === "" || !(at >= start && at < end)) continue;
    const author = { authorEmail: email };
    if (isBot(author) || isLearners(author, learner)) continue;
    counts.set(email, (counts.get(email) ?? new Set()).add(sha));
  }
  return [...counts]
    .map(([email, shas]) => ({ email, commits: shas.size }))
    .sort((a, b) => b.commits - a.commits || a.email.localeCompare(b.email));
}
