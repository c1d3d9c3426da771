import type { CommitEvidence } from "./evidence.js";

/** Non-merge commits on one local day of the window. */
export interface DayCount {
  /** Local date, YYYY-MM-DD. */
  date: string;
  commits: number;
}

/** Non-merge commits per local day, one entry per window day in order, zeros included. */
export function commitsByDay(
  commits: readonly CommitEvidence[],
  days: readonly string[],
): DayCount[] {
  return days.map((date) => ({
    date,
    commits: commits.filter((commit) => commit.date === date).length,
  }));
}

/** The window days with at least one non-merge commit. */
export function activeDates(byDay: readonly DayCount[]): string[] {
  return byDay.filter((day) => day.commits > 0).map((day) => day.date);
}
