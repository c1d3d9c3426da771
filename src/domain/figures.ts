import { z } from "zod";
import type { WeekMeasures } from "./measures/week-measures.js";

const figure = z.number().int().min(0);

/** The weekly targets, as the config states them (0: no target). */
export interface WeeklyTargets {
  commits: number;
  active_days: number;
  test_files: number;
}

/**
 * The figures a week is remembered by. They travel in the weekly issue's marker, so next
 * week's issue and the closing summary compare with them without measuring again.
 */
const weeklyFiguresSchema = z.object({
  /** Non-merge commits. */
  commits: figure,
  /** Local days with at least one non-merge commit. */
  activeDays: figure,
  /** Test files added or changed. */
  testFiles: figure,
  /** Test cases the diffs add. */
  newTestCases: figure,
  /** False when some diffs could not be read, so `newTestCases` is a lower bound. */
  newTestCasesComplete: z.boolean(),
  /** Root README plus other documentation files changed. */
  docsChanges: figure,
  /** Consecutive active days ending on the week's last day. */
  streakDays: figure,
  /** True when the streak reaches past what the look-back could see ("21+ days"). */
  streakCapped: z.boolean(),
});

export type WeeklyFigures = z.infer<typeof weeklyFiguresSchema>;

/** The remembered figures of a measured week, all repositories pooled. */
export function figuresOf(measures: WeekMeasures): WeeklyFigures {
  const { commits, activeDays, tests, docs, streak } = measures.totals;
  return {
    commits: commits.length,
    activeDays,
    testFiles: tests.added.length + tests.changed.length,
    newTestCases: tests.newCases.length,
    newTestCasesComplete: tests.newCasesComplete,
    docsChanges: docs.readme.length + docs.otherDocs.length,
    streakDays: streak.days,
    streakCapped: streak.capped,
  };
}

/** The figures a weekly issue's or summary's marker carries; undefined when it carries none we can read. */
export function figuresFromMarker(figures: unknown): WeeklyFigures | undefined {
  const parsed = weeklyFiguresSchema.safeParse(figures);
  return parsed.success ? parsed.data : undefined;
}
