import type { ExpectationDocument } from "../expectations/types.js";

export type StartSource = "config" | "expectations";

/**
 * The course start date: the config wins; a learner who wrote it only in their expectation
 * document ("Date Started Classes: September 30 2025") needs nothing more.
 */
export function resolveStartDate(
  config: { course: { start_date?: string | undefined } },
  document: ExpectationDocument | undefined,
): { date: string; source: StartSource } | undefined {
  if (config.course.start_date) return { date: config.course.start_date, source: "config" };
  const fromDocument = document?.metadata.startDate;
  return fromDocument ? { date: fromDocument, source: "expectations" } : undefined;
}

/**
 * Told to the learner, in the place they will see it, when no start date can be found: a
 * config problem (config/problems.ts), the field and what is wrong with it.
 */
export const MISSING_START_DATE = {
  path: "course.start_date",
  message:
    'is required, either here (YYYY-MM-DD) or in your expectation document (a line such as "Date Started Classes: September 30 2025")',
} as const;
