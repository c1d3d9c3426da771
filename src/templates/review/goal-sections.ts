import type {
  ExpectationDocument,
  ExpectationSection,
  Goal,
} from "../../domain/expectations/types.js";
import type { GoalJudgement, GoalRule } from "../../domain/goals/index.js";
import { escapeText } from "../weekly/escape.js";
import { statusBadge } from "./badges.js";

/** A goal of the document with the rules that judged it and their verdict. */
export interface JudgedGoal {
  goal: Goal;
  rule: GoalRule;
  judgement: GoalJudgement;
}

/** "Judged by: active days per week — keyword “daily” · `learning-habits/code-daily-…`". */
function judgedBy({ goal, rule, judgement }: JudgedGoal): string {
  const rules =
    judgement.status === "self-assessed"
      ? rule.rules.map((applied) => `you, in the checklist below — ${applied.matchedBy}`)
      : rule.rules.map((applied) => `${applied.description} — ${applied.matchedBy}`);
  return `Judged by: ${escapeText(rules.join("; "))} · \`${goal.id}\``;
}

function goalLines(judged: JudgedGoal): string[] {
  return [
    `- ${statusBadge(judged.judgement.status)} · ${escapeText(judged.goal.text)}`,
    `  - ${judgedBy(judged)}`,
    ...judged.judgement.evidence.map((line) => `  - ${escapeText(line)}`),
  ];
}

function heading(section: ExpectationSection): string {
  const title = section.title === "" ? "Goals" : section.title;
  return `### ${section.number === undefined ? "" : `${section.number}. `}${escapeText(title)}`;
}

/**
 * Every goal of the document under its section's heading, in document order: status badge,
 * the goal in the learner's words, the rules that judged it (and why, with the goal's id for
 * a config override), then its evidence across the weeks so far.
 */
export function goalSections(
  document: ExpectationDocument,
  judged: ReadonlyMap<string, JudgedGoal>,
): string[][] {
  return document.sections
    .filter((section) => section.goals.length > 0)
    .map((section) => [
      heading(section),
      "",
      ...section.goals.flatMap((goal) => {
        const entry = judged.get(goal.id);
        return entry === undefined ? [] : goalLines(entry);
      }),
    ]);
}
