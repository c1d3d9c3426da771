import type { WeekWindow } from "../../domain/week/window.js";
import type { WeekMeasures } from "../../domain/measures/week-measures.js";

/**
 * A week with nothing to show: no commit, merge, pull request or review. It gets a short
 * kind note instead of a table of zeros.
 */
export function isQuietWeek(measures: WeekMeasures): boolean {
  const { commits, merges, collaboration } = measures.totals;
  return (
    commits.length +
      merges.length +
      collaboration.pullsOpened.length +
      collaboration.pullsMerged.length +
      collaboration.reviewsGiven.length ===
    0
  );
}

/** The opening of a quiet week's issue: no figures, no verdict, the door left open. */
export function quietWeek(name: string, window: WeekWindow): string[] {
  return [
    `Hi ${name}! Your repositories were quiet over ${window.label}, and that's fine: weeks like that happen.`,
    "",
    "Welcome back whenever you're ready; one small commit starts a new streak. " +
      "If you worked on something that doesn't show in commits (reading, a tutorial, planning), " +
      "tell me about it in your update.",
  ];
}
