import type { WeeklyTargets } from "../figures.js";
import type { WeeklyFigures } from "../figures.js";
import type { AppliedRule } from "./catalogue.js";
import type { GoalFacts } from "./facts.js";

/** One week as the goal rules see it, read back from its weekly issue. */
export interface WeekRecord {
  week: number;
  figures: WeeklyFigures;
  /** Absent for weeks measured before the weekly marker carried goal facts. */
  facts?: GoalFacts;
  /** Whether the learner replied to the week's issue with an update. */
  updatePosted: boolean;
}

/** What judging needs beyond the weeks. */
export interface JudgeContext {
  /** The weekly targets of the config. */
  targets: WeeklyTargets;
  /** Whether the learner answered the mid-course review (judges "revisit"). */
  reviewAnswered: boolean;
}

export type GoalStatus = "on track" | "needs attention" | "no evidence yet" | "self-assessed";
export type MeasuredStatus = Exclude<GoalStatus, "self-assessed">;

/** One rule's verdict over the weeks so far. */
interface RuleVerdict {
  status: MeasuredStatus;
  /** Short lines with figures and week numbers, e.g. "active 4+ days in 6 of 8 weeks (weeks 1–3, 5–7)". */
  evidence: string[];
}

/** How one measured rule judges a series of weeks and names what a single week did for it. */
export interface RuleJudge {
  /** `history` is in week order and may be empty. */
  judge(history: readonly WeekRecord[], context: JudgeContext, rule: AppliedRule): RuleVerdict;
  /** What the week did toward the rule, e.g. "active on 5 days"; undefined when nothing. */
  touched(week: WeekRecord): string | undefined;
  /** `touched` only restates one of the week's figures, which the weekly issue already shows. */
  touchedIsFigure?: true;
  /** Whether the rule reads `facts`, so weeks without them go unjudged. */
  needsFacts: boolean;
}

/** A habit is on track when it met its weekly target in at least this share of the weeks so far. */
export const HABIT_SHARE = 0.5;
/** A skill is on track once its evidence shows in at least this many different weeks. */
export const SKILL_WEEKS = 2;

/**
 * A habit's status: no evidence yet while no week shows it at all, on track when `met` weeks
 * are at least `HABIT_SHARE` of `total`, needs attention otherwise.
 */
export function habitStatus(met: number, total: number, shown: boolean): MeasuredStatus {
  if (total === 0 || !shown) return "no evidence yet";
  return met >= total * HABIT_SHARE ? "on track" : "needs attention";
}

/** A skill's status from the number of weeks that show it (see `SKILL_WEEKS`). */
export function skillStatus(weeks: number): MeasuredStatus {
  if (weeks === 0) return "no evidence yet";
  return weeks >= SKILL_WEEKS ? "on track" : "needs attention";
}

/** The weeks that carry goal facts, each with its facts. */
export function withFacts(history: readonly WeekRecord[]): (WeekRecord & { facts: GoalFacts })[] {
  return history.filter(
    (week): week is WeekRecord & { facts: GoalFacts } => week.facts !== undefined,
  );
}

/** "week 5", "weeks 1–3, 6, 8–9": week numbers in order, runs of three or more as ranges. */
export function weekList(weeks: readonly { week: number }[]): string {
  const numbers = [...new Set(weeks.map((week) => week.week))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < numbers.length;) {
    let end = start;
    while (numbers[end + 1] === (numbers[end] ?? 0) + 1) end += 1;
    const run = numbers.slice(start, end + 1);
    parts.push(run.length >= 3 ? `${run[0]}–${run.at(-1)}` : run.join(", "));
    start = end + 1;
  }
  return `${numbers.length === 1 ? "week" : "weeks"} ${parts.join(", ")}`;
}
