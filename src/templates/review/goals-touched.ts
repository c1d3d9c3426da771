import type { TouchedGoal } from "../../domain/goals/index.js";
import { escapeText } from "../weekly/escape.js";

/**
 * "Goals touched this week" for the weekly issue: each goal in the learner's words, then
 * what the week did toward it. Empty string when the week touched none.
 */
export function goalsTouchedSection(list: readonly TouchedGoal[]): string {
  if (list.length === 0) return "";
  return [
    "### Goals touched this week",
    "",
    ...list.map((goal) => `- ${escapeText(goal.text)}: ${escapeText(goal.evidence)}`),
  ].join("\n");
}
