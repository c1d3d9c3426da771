import { addDays, weekdayOf } from "./time.js";

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

type Weekday = (typeof WEEKDAYS)[number];

/** The settings the calendar is made of, as the config holds them (plain data). */
export interface CalendarSettings {
  course: { weeks: number; timezone: string; midpoint?: string | undefined };
  schedule: { weekly: { day: Weekday; time: string } };
}

/** Everything the week math needs to know about a learner's course. */
export interface CourseCalendar {
  /** First day of the course, YYYY-MM-DD; week 1 is the window that holds it. */
  startDate: string;
  /** Length of the course in weeks; the final review comes with week `weeks`'s issue. */
  weeks: number;
  /** The learner's IANA timezone: days, windows and posting times are local to it. */
  timezone: string;
  /** When the weekly issue is posted: a weekday and a local "HH:MM". */
  weekly: { day: Weekday; time: string };
  /** Configured date of the mid-course review, YYYY-MM-DD, if any. */
  midpoint?: string;
}

/**
 * The calendar of a validated config. The start date is passed in resolved, because it
 * may come from the config or from the expectation document.
 */
export function calendarFromConfig(config: CalendarSettings, startDate: string): CourseCalendar {
  const { weeks, timezone, midpoint } = config.course;
  const { day, time } = config.schedule.weekly;
  return { startDate, weeks, timezone, weekly: { day, time }, midpoint };
}

/**
 * The posting day of week 1: the first posting weekday strictly after the start date,
 * so the seven days before it hold the start date (a start on the posting weekday
 * itself opens that day's window).
 */
export function firstPostingDay(calendar: CourseCalendar): string {
  const postingWeekday = WEEKDAYS.indexOf(calendar.weekly.day) + 1;
  const ahead = (postingWeekday - weekdayOf(calendar.startDate) + 7) % 7;
  return addDays(calendar.startDate, ahead === 0 ? 7 : ahead);
}

/** The posting day (local date) of week `n`; weeks are seven calendar days apart. */
export function postingDayOf(calendar: CourseCalendar, n: number): string {
  return addDays(firstPostingDay(calendar), 7 * (n - 1));
}
