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
  /** The part of `evidence` that is not one of the week's figures ("1 model file"), or "". */
  beyondFigures: string;
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
      const lines = (rulesOf.get(goal.id) ?? []).filter(isMeasured).flatMap((rule) => {
        const judge = RULE_JUDGES[rule.id];
        const line = judge.touched(thisWeek);
        return line === undefined ? [] : [{ line, figure: judge.touchedIsFigure === true }];
      });
      if (lines.length === 0) return [];
      const joined = (all: typeof lines) => [...new Set(all.map(({ line }) => line))].join("; ");
      return [
        {
          goalId: goal.id,
          text: goal.text,
          evidence: joined(lines),
          beyondFigures: joined(lines.filter(({ figure }) => !figure)),
        },
      ];
    }),
  );
}
