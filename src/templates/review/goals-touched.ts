import type { TouchedGoal } from "../../domain/goals/index.js";
import { escapeText } from "../weekly/escape.js";

/** Where a goal's first clause ends: before a parenthesis, a dash, a semicolon or a colon. */
const CLAUSE_END = / \(| [—–-] |; |: /;
/** The most words of a goal a one-line mention keeps (one more is kept rather than cut). */
const GOAL_WORDS = 6;

/** A goal's first clause, at most about `GOAL_WORDS` words: "Master the Django ORM". */
function shortGoal(text: string): string {
  const clause = text.split(CLAUSE_END)[0]?.trim() ?? text;
  const words = clause.split(/\s+/);
  return words.length <= GOAL_WORDS + 1 ? clause : `${words.slice(0, GOAL_WORDS).join(" ")}…`;
}

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
