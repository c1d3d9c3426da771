import type { TouchedGoal } from "../../domain/goals/touched.js";
import { escapeText } from "../weekly/escape.js";
import { shortGoal } from "../goal-text.js";

/**
 * "Goals this week moved" for the weekly issue: each goal in one short line, in the learner's
 * words, with what the week did toward it when that is more than a figure the issue already
 * shows ("1 model file"). Empty string when the week touched none.
 */
export function goalsTouchedSection(list: readonly TouchedGoal[]): string {
  if (list.length === 0) return "";
  return [
    "### Goals this week moved",
    "",
    ...list.map((goal) => {
      const what = goal.beyondFigures === "" ? "" : `: ${escapeText(goal.beyondFigures)}`;
      return `- ${escapeText(shortGoal(goal.text))}${what}`;
    }),
  ].join("\n");
}

/** In place of the goals, when the expectation document cannot be read: what to fix, briefly. */
export function goalsUnreadableSection(problem: string): string[] {
  return [
    "### Goals",
    "",
    `${problem}, so this week's figures stand on their own. Commit it (or set \`expectations:\` in \`.github/checkpoint.yml\`) and next week's issue will show which of your goals the week moved.`,
  ];
}

/** Overrides in the config that name no goal of the document: said, never silently ignored. */
export function unknownGoalsNote(ids: readonly string[], documentPath: string): string {
  const fields = ids.map((id) => `\`goals.${id}\``).join(", ");
  const verb = ids.length === 1 ? "names no goal" : "name no goals";
  return `${fields} in \`.github/checkpoint.yml\` ${verb} of \`${documentPath}\`; the review issue shows each goal's id.`;
}
