import type { ExpectationDocument } from "../expectations/types.js";
import { isMeasured, type GoalRule } from "./catalogue.js";
import type { WeekRecord } from "./judging.js";
import { RULE_JUDGES } from "./rules/index.js";

/** A goal the week did something toward, for the weekly issue. */
export interface TouchedGoal {
  goalId: string;
  /** The goal's plain text, as the learner wrote it. */
  text: string;
  /** What the week did toward it, e.g. "active on 5 days; 12 commits". */
  evidence: string;
}

/**
 * The goals this week touched, in document order: each goal some measured rule of which
 * names something the week did. Self-assessed goals are never listed.
 */
export function goalsTouched(
  document: ExpectationDocument,
  rules: readonly GoalRule[],
  thisWeek: WeekRecord,
): TouchedGoal[] {
  const rulesOf = new Map(rules.map((goal) => [goal.goalId, goal.rules]));
  return document.sections.flatMap((section) =>
    section.goals.flatMap((goal) => {
      const lines = (rulesOf.get(goal.id) ?? [])
        .filter(isMeasured)
        .flatMap((rule) => RULE_JUDGES[rule.id].touched(thisWeek) ?? []);
      if (lines.length === 0) return [];
      return [{ goalId: goal.id, text: goal.text, evidence: [...new Set(lines)].join("; ") }];
    }),
  );
}
