import type {
  ExpectationDocument,
  ExpectationSection,
  Goal,
} from "../../domain/expectations/types.js";
import type { GoalJudgement } from "../../domain/goals/judge.js";
import type { GoalRule } from "../../domain/goals/catalogue.js";
import { escapeText } from "../weekly/escape.js";
import { shortGoal } from "../goal-text.js";
import { statusBadge } from "./badges.js";

/** A goal of the document with the rules that judged it and their verdict. */
export interface JudgedGoal {
  goal: Goal;
  rule: GoalRule;
  judgement: GoalJudgement;
}

/**
 * A goal's strongest evidence in a few words: its headline without the asides in brackets
 * (the full lines are in the folded details), "" when self-assessed.
 */
export function briefly(judgement: GoalJudgement): string {
  return (judgement.headline ?? "").replace(/ \([^()]*\)/g, "");
}

/** "- **On track** · Master the Django ORM: models or migrations changed in weeks 3, 6". */
function goalLine(judged: JudgedGoal): string {
  const { goal, judgement } = judged;
  const why = briefly(judgement);
  return `- ${statusBadge(judgement.status)} · ${escapeText(shortGoal(goal.text))}${why === "" ? "" : `: ${escapeText(why)}`}`;
}

function heading(section: ExpectationSection): string {
  const title = section.title === "" ? "Goals" : section.title;
  return `**${section.number === undefined ? "" : `${section.number}. `}${escapeText(title)}**`;
}

/**
 * Every goal the weeks can judge, one line each under its section's name, in document order:
 * its status, the goal in the learner's words (first clause), its strongest evidence. Goals
 * only the learner can judge are left to the checklist.
 */
export function goalSections(
  document: ExpectationDocument,
  judged: ReadonlyMap<string, JudgedGoal>,
): string[] {
  return document.sections.flatMap((section) => {
    const lines = section.goals.flatMap((goal) => {
      const entry = judged.get(goal.id);
      return entry === undefined || entry.judgement.status === "self-assessed"
        ? []
        : [goalLine(entry)];
    });
    return lines.length === 0 ? [] : ["", heading(section), "", ...lines];
  });
}

/** "`skill-knowledge/django-orm…`: models and migrations changed — keyword “ORM”". */
function judgedBy({ goal, rule, judgement }: JudgedGoal): string {
  const rules =
    judgement.status === "self-assessed"
      ? rule.rules.map((applied) => `you, in the checklist — ${applied.matchedBy}`)
      : rule.rules.map((applied) => `${applied.description} — ${applied.matchedBy}`);
  return `- \`${goal.id}\`: ${escapeText(rules.join("; "))}`;
}

/**
 * How each goal was judged, folded away: the rules in general, then every goal's id, rule
 * and the words that chose it (the id is what a config override names), and all its evidence.
 */
export function judgingDetails(howIJudge: string, entries: readonly JudgedGoal[]): string[] {
  return [
    "<details><summary>How each goal was judged</summary>",
    "",
    howIJudge,
    "",
    ...entries.flatMap((entry) => [
      judgedBy(entry),
      ...entry.judgement.evidence.map((line) => `  - ${escapeText(line)}`),
    ]),
    "",
    "</details>",
  ];
}
