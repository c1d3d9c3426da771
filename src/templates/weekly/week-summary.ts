import { renderMarker } from "../../domain/marker.js";
import type { WeeklyFigures } from "../../domain/figures.js";
import { casesFigure, count, noun, number } from "../../domain/words.js";

/** What the closing summary of a week says. */
export interface WeekSummaryView {
  /** The week's number. */
  week: number;
  /** The week's figures, as its weekly issue's marker remembers them. */
  figures: WeeklyFigures;
  /** Whether the learner replied with an update on the week's issue. */
  updatePosted: boolean;
  /** Consecutive weeks with an update, ending with this one (0 when this week had none). */
  updateWeeksInARow: number;
}

/** "2 test files, at least 3 new test cases"; empty when no test file changed. */
function testsPart(figures: WeeklyFigures): string {
  if (figures.testFiles === 0) return "";
  const files = count(figures.testFiles, "test file");
  if (figures.newTestCases === 0) return files;
  const cases = casesFigure(figures.newTestCases, figures.newTestCasesComplete);
  return `${files}, ${cases} new ${noun(figures.newTestCases, "test case")}`;
}

/**
 * The week in one line: "Week 8: 9 commits on 5 days · 2 test files, 3 new test cases ·
 * 2 docs files updated · 6-day streak". Parts with nothing to say are left out.
 */
export function summaryLine(week: number, figures: WeeklyFigures): string {
  if (figures.commits === 0) return `Week ${week}: a quiet week.`;
  const streak = `${number(figures.streakDays)}${figures.streakCapped ? "+ day" : "-day"} streak`;
  const parts = [
    `${count(figures.commits, "commit")} on ${count(figures.activeDays, "day")}`,
    testsPart(figures),
    figures.docsChanges === 0 ? "" : `${count(figures.docsChanges, "docs file")} updated`,
    figures.streakDays === 0 ? "" : streak,
  ];
  return `Week ${week}: ${parts.filter((part) => part !== "").join(" · ")}`;
}

/** Thanks when the update came, a gentle word when it did not; never a count of misses. */
function updateLine(posted: boolean, weeksInARow: number): string {
  if (!posted) {
    return "I didn't see an update this week, and that's okay: next week's issue has the template ready whenever you are.";
  }
  const run =
    weeksInARow >= 2 ? ` That's ${number(weeksInARow)} weeks in a row with an update.` : "";
  return `You posted your update — thank you.${run}`;
}

/** The checkpoint summary that closes a week, with its figures in the marker. */
export function weekSummaryComment(view: WeekSummaryView): string {
  const { week, figures } = view;
  return [
    `**${summaryLine(week, figures)}**`,
    "",
    updateLine(view.updatePosted, view.updateWeeksInARow),
    "",
    renderMarker({ kind: "week-summary", week, figures }),
  ].join("\n");
}
