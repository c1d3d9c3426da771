import type { CourseCalendar } from "./calendar.js";
import { postingLabel } from "./label.js";
import { latestCompletedWeek, weekNumbered } from "./window.js";

/** The next weekly issue as the learner reads it: the dates it covers and when it arrives. */
export interface NextIssue {
  label: string;
  /** "Monday, Dec 1, 2025 at 09:00 (Africa/Lagos)". */
  due: string;
}

/** The weekly issue that comes next after `now` (week 1 at the earliest). */
export function nextIssue(calendar: CourseCalendar, now: string | Date): NextIssue {
  const next = weekNumbered(calendar, Math.max(1, latestCompletedWeek(calendar, now).number + 1));
  return { label: next.label, due: postingLabel(next.postAt, calendar.timezone) };
}
