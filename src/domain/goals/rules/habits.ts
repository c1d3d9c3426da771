import type { WeeklyFigures } from "../../figures.js";
import { casesFigure, count, noun, number } from "../../words.js";
import {
  habitStatus,
  weekList,
  withFacts,
  type MeasuredStatus,
  type RuleJudge,
  type WeekRecord,
} from "../judging.js";

/**
 * Habits: a weekly target met often enough (`HABIT_SHARE` of the weeks so far). A target of 0
 * in the config means "no target" there; here it counts as 1, so a week needs some of it.
 */

const sum = (weeks: readonly WeekRecord[], figure: (figures: WeeklyFigures) => number) =>
  weeks.reduce((total, week) => total + figure(week.figures), 0);

/** "in 6 of 12 weeks (weeks 1–3, 5, 8, 11)". */
function share(met: readonly WeekRecord[], total: number): string {
  const which = met.length === 0 ? "" : ` (${weekList(met)})`;
  return `in ${number(met.length)} of ${count(total, "week")}${which}`;
}

/** A habit judged on one weekly figure against a target. */
function figureHabit(params: {
  history: readonly WeekRecord[];
  figure: (figures: WeeklyFigures) => number;
  target: number;
  /** What meeting the target reads as, e.g. "active 4+ days". */
  label: string;
}): { status: MeasuredStatus; line: string } {
  const { history, figure, target, label } = params;
  const met = history.filter((week) => figure(week.figures) >= target);
  const shown = history.some((week) => figure(week.figures) > 0);
  return {
    status: habitStatus(met.length, history.length, shown),
    line: `${label} ${share(met, history.length)}`,
  };
}

export const activeDays: RuleJudge = {
  needsFacts: false,
  touchedIsFigure: true,
  judge(history, { targets }) {
    const target = Math.max(1, targets.active_days);
    const label = target === 1 ? "active" : `active ${target}+ days`;
    const { status, line } = figureHabit({
      history,
      figure: (figures) => figures.activeDays,
      target,
      label,
    });
    return { status, evidence: [line] };
  },
  touched: ({ figures }) =>
    figures.activeDays > 0 ? `active on ${count(figures.activeDays, "day")}` : undefined,
};

/** At most this share of commit messages may be vague for "commits" to be on track. */
const VAGUE_SHARE = 0.25;

export const commits: RuleJudge = {
  needsFacts: false,
  touchedIsFigure: true,
  judge(history, { targets }) {
    const target = Math.max(1, targets.commits);
    const habit = figureHabit({
      history,
      figure: (figures) => figures.commits,
      target,
      label: `${target}+ ${noun(target, "commit")}`,
    });
    const all = sum(history, (figures) => figures.commits);
    const evidence = [`${habit.line}, ${number(all)} in all`];
    // Vague messages are only known for weeks that carry facts.
    const measured = withFacts(history);
    if (measured.length === 0) return { status: habit.status, evidence };
    const vague = measured.reduce((total, week) => total + week.facts.vagueMessages, 0);
    const messages = sum(measured, (figures) => figures.commits);
    const where = measured.length < history.length ? ` in ${weekList(measured)}` : "";
    evidence.push(`${number(vague)} of ${count(messages, "commit message")}${where} were vague`);
    const tooVague = vague > messages * VAGUE_SHARE;
    const status = habit.status === "on track" && tooVague ? "needs attention" : habit.status;
    return { status, evidence };
  },
  touched: ({ figures }) => (figures.commits > 0 ? count(figures.commits, "commit") : undefined),
};

export const tests: RuleJudge = {
  needsFacts: false,
  touchedIsFigure: true,
  judge(history, { targets }) {
    const target = Math.max(1, targets.test_files);
    const habit = figureHabit({
      history,
      figure: (figures) => figures.testFiles,
      target,
      label: target === 1 ? "test files changed" : `${target}+ test files changed`,
    });
    const files = sum(history, (figures) => figures.testFiles);
    const cases = sum(history, (figures) => figures.newTestCases);
    const complete = history.every((week) => week.figures.newTestCasesComplete);
    const totals = `${count(files, "test file")}, ${casesFigure(cases, complete)} new ${noun(cases, "test case")}`;
    return { status: habit.status, evidence: [`${habit.line}: ${totals}`] };
  },
  touched({ figures }) {
    if (figures.testFiles === 0) return undefined;
    const cases = casesFigure(figures.newTestCases, figures.newTestCasesComplete);
    return `${count(figures.testFiles, "test file")}, ${cases} new ${noun(figures.newTestCases, "test case")}`;
  },
};

export const updates: RuleJudge = {
  needsFacts: false,
  judge(history) {
    const met = history.filter((week) => week.updatePosted);
    return {
      status: habitStatus(met.length, history.length, met.length > 0),
      evidence: [`update posted ${share(met, history.length)}`],
    };
  },
  touched: (week) => (week.updatePosted ? "update posted" : undefined),
};
