import { isMeasured, type GoalRule } from "./catalogue.js";
import {
  weekList,
  type GoalStatus,
  type JudgeContext,
  type MeasuredStatus,
  type WeekRecord,
} from "./judging.js";
import { RULE_JUDGES } from "./rules/index.js";

/** A goal's standing over the weeks so far. */
export interface GoalJudgement {
  status: GoalStatus;
  /** Short lines with figures and week numbers, from every rule of the goal, each once. */
  evidence: string[];
  /**
   * The one line that best says why: on track, the first rule's first line; otherwise the
   * first line of a rule that is not on track, the part still to do. Absent when self-assessed.
   */
  headline?: string;
  /** Whether the latest week did something toward the goal. */
  touchedThisWeek: boolean;
}

/**
 * Several rules make one status: on track when every rule is, no evidence yet when no rule
 * has any, needs attention otherwise (some evidence, but not all of the goal on track).
 */
function combine(statuses: readonly MeasuredStatus[]): MeasuredStatus {
  if (statuses.every((status) => status === "on track")) return "on track";
  if (statuses.every((status) => status === "no evidence yet")) return "no evidence yet";
  return "needs attention";
}

/**
 * Judges a goal by its rules over every week so far (any order; judged in week order).
 * A self-assessed goal is left to the learner. Rules that read goal facts say which weeks
 * were measured before the weekly marker carried them.
 */
export function judgeGoal(
  rule: GoalRule,
  history: readonly WeekRecord[],
  context: JudgeContext,
): GoalJudgement {
  const measured = rule.rules.filter(isMeasured);
  if (measured.length === 0)
    return { status: "self-assessed", evidence: [], touchedThisWeek: false };
  const weeks = [...history].sort((a, b) => a.week - b.week);
  const latest = weeks.at(-1);
  if (latest === undefined) {
    return {
      status: "no evidence yet",
      evidence: ["no weeks measured yet"],
      headline: "no weeks measured yet",
      touchedThisWeek: false,
    };
  }
  const judges = measured.map((applied) => ({ applied, judge: RULE_JUDGES[applied.id] }));
  const verdicts = judges.map(({ applied, judge }) => judge.judge(weeks, context, applied));
  const unmeasured = weeks.filter((week) => week.facts === undefined);
  const gap =
    unmeasured.length > 0 && judges.some(({ judge }) => judge.needsFacts)
      ? [`${weekList(unmeasured)} predate these measures`]
      : [];
  const lagging = verdicts.find((verdict) => verdict.status !== "on track") ?? verdicts[0];
  const headline = lagging?.evidence[0];
  return {
    status: combine(verdicts.map((verdict) => verdict.status)),
    evidence: [...new Set([...verdicts.flatMap((verdict) => verdict.evidence), ...gap])],
    ...(headline === undefined ? {} : { headline }),
    touchedThisWeek: judges.some(({ judge }) => judge.touched(latest) !== undefined),
  };
}
