import type { Interval } from "../activity.js";
import type { CourseCalendar } from "./calendar.js";
import { firstPostingDay, postingDayOf } from "./calendar.js";
import { weekLabel } from "./label.js";
import { addDays, daysBetween, hasArrived, isoInstant, localDay, zonedInstant } from "./time.js";

/** One week of a course: seven local calendar days and the instant its issue is due. */
export interface WeekWindow {
  /** Week number; 1 holds the start date, 0 and below come before the course. */
  number: number;
  /** First local date covered, YYYY-MM-DD (inclusive). */
  firstDay: string;
  /** Last local date covered, YYYY-MM-DD (inclusive). */
  lastDay: string;
  /** UTC instants [firstDay 00:00 local, the day after lastDay 00:00 local): 167 to 169 hours across DST. */
  interval: Interval;
  /** UTC instant the issue for this window is due: the posting time on the day after lastDay. */
  postAt: string;
  /** The dates covered, "Nov 17 – Nov 23, 2025". */
  label: string;
}

// A pass asks for the same few weeks of a learner many times over (its plan, milestones and
// reminders), and each costs a dozen luxon conversions in the learner's zone: the latest
// answers are kept, as many as a run's learners in flight could ask for.
const KEPT_WEEKS = 1_000;
const keptWeeks = new Map<string, WeekWindow>();

/** Week `n` of the course (any integer: 0 and below are the weeks before it). */
export function weekNumbered(calendar: CourseCalendar, n: number): WeekWindow {
  const { startDate, weekly, timezone } = calendar;
  const key = [startDate, weekly.day, weekly.time, timezone, n].join("\n");
  let window = keptWeeks.get(key);
  if (!window) {
    window = computedWeek(calendar, n);
    if (keptWeeks.size >= KEPT_WEEKS) keptWeeks.delete(keptWeeks.keys().next().value as string);
    keptWeeks.set(key, window);
  }
  // A copy: what a caller does with its window stays its own.
  return { ...window, interval: { ...window.interval } };
}

function computedWeek(calendar: CourseCalendar, n: number): WeekWindow {
  if (!Number.isInteger(n)) throw new Error(`week number must be an integer, got ${n}`);
  const { timezone } = calendar;
  const postingDay = postingDayOf(calendar, n);
  const firstDay = addDays(postingDay, -7);
  const lastDay = addDays(postingDay, -1);
  return {
    number: n,
    firstDay,
    lastDay,
    interval: {
      start: isoInstant(zonedInstant(firstDay, "00:00", timezone)),
      end: isoInstant(zonedInstant(postingDay, "00:00", timezone)),
    },
    postAt: isoInstant(zonedInstant(postingDay, calendar.weekly.time, timezone)),
    label: weekLabel(firstDay, lastDay),
  };
}

/** The week before `window`. */
export function previousWeek(calendar: CourseCalendar, window: WeekWindow): WeekWindow {
  return weekNumbered(calendar, window.number - 1);
}

/**
 * The latest window whose issue is due by `now` (its postAt <= now). Its number is 0 or
 * below before the course's first posting; callers skip those.
 */
export function latestCompletedWeek(calendar: CourseCalendar, now: string | Date): WeekWindow {
  const today = localDay(now, calendar.timezone);
  // The week posted on the last posting day on or before today; the next posting day is
  // after today, so only this one's posting time can still be ahead of now.
  const candidate = weekNumbered(
    calendar,
    Math.floor(daysBetween(firstPostingDay(calendar), today) / 7) + 1,
  );
  return hasArrived(candidate.postAt, now) ? candidate : previousWeek(calendar, candidate);
}

/** The seven local dates a window covers, in order, for bucketing commits by day. */
export function localDaysOf(window: WeekWindow): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(window.firstDay, i));
}
