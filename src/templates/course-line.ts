import type { CourseNames } from "../domain/expectations/metadata.js";
import { escapeText } from "./weekly/escape.js";

/** "**Backend with Python & Django** · Foxtrot Cohort", or nothing when neither is known. */
export function courseLine(course: CourseNames | undefined): string[] {
  const name = course?.name?.trim();
  const cohort = course?.cohort?.trim();
  const parts = [name && `**${escapeText(name)}**`, cohort && escapeText(cohort)].filter(Boolean);
  return parts.length === 0 ? [] : [parts.join(" · ")];
}
