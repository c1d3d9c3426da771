import { ownWords } from "../weekly/escape.js";
import { count, number } from "../../domain/words.js";

/** The next steps one week's update recorded. */
export interface RecordedSteps {
  week: number;
  steps: readonly string[];
}

/**
 * The learner's next steps week by week, in their own words, and how many a later update
 * followed up (`followedUp`, counted by the caller).
 */
export function nextStepsSection(recorded: readonly RecordedSteps[], followedUp: number): string[] {
  const weeks = [...recorded]
    .map(({ week, steps }) => ({ week, steps: steps.map(ownWords).filter((step) => step !== "") }))
    .filter(({ steps }) => steps.length > 0)
    .sort((a, b) => a.week - b.week);
  const total = weeks.reduce((sum, { steps }) => sum + steps.length, 0);
  if (total === 0) {
    return [
      "### Your next steps",
      "",
      "No next steps recorded yet: the “Next steps” part of your weekly update is where they go, and each week's issue quotes them back.",
    ];
  }
  return [
    "### Your next steps",
    "",
    `You recorded ${count(total, "next step")} over ${count(weeks.length, "week")}; ` +
      `${number(followedUp)} of them ${followedUp === 1 ? "was" : "were"} followed up in a later update.`,
    "",
    ...weeks.map(({ week, steps }) => `- Week ${week}: ${steps.join(" · ")}`),
  ];
}
