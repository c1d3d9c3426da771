import { escapeText } from "./weekly/escape.js";

/** The course and cohort a learner is in, from the config or else the expectation document. */
export interface CourseNames {
  name?: string | undefined;
  cohort?: string | undefined;
}

/** "**Backend with Python & Django** · Foxtrot Cohort", or nothing when neither is known. */
export function courseLine(course: CourseNames | undefined): string[] {
  const name = course?.name?.trim();
  const cohort = course?.cohort?.trim();
  const parts = [name && `**${escapeText(name)}**`, cohort && escapeText(cohort)].filter(Boolean);
  return parts.length === 0 ? [] : [parts.join(" · ")];
}
