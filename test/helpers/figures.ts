import type { WeeklyFigures } from "../../src/domain/figures.js";

/** A week with nothing in it: every figure zero, the test-case count complete. */
export const quietFigures: WeeklyFigures = {
  commits: 0,
  activeDays: 0,
  testFiles: 0,
  newTestCases: 0,
  newTestCasesComplete: true,
  docsChanges: 0,
  streakDays: 0,
  streakCapped: false,
};

/** A week's figures: the quiet week with the given ones changed. */
export const figures = (fields: Partial<WeeklyFigures>): WeeklyFigures => ({
  ...quietFigures,
  ...fields,
});
