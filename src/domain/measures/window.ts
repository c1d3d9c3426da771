import { DateTime } from "luxon";
import { instantMillis, localDateAt } from "../week/time.js";
import type { Interval } from "../activity.js";

/**
 * The window a week is measured over, as plain data (the week module builds it).
 * `interval` and `days` must describe the same local days.
 */
export interface MeasureWindow {
  /** The instants of the window, half-open [start, end). */
  interval: Interval;
  /** The learner's IANA timezone; days are local to it. */
  timezone: string;
  /** The window's local dates (YYYY-MM-DD), oldest first; seven for a week. */
  days: string[];
}

/** The local calendar date (YYYY-MM-DD) on which an ISO instant falls in `timezone`. */
export function localDate(iso: string, timezone: string): string {
  const millis = toMillis(iso);
  const year = new Date(millis).getUTCFullYear();
  // Intl's ISO calendar is Julian before 1582: older instants, and distant ones, go to luxon.
  if (year >= 1900 && year < 9999) {
    try {
      return localDateAt(millis, timezone);
    } catch {
      // Not a zone Intl knows by name (luxon also reads fixed offsets such as "UTC+1").
    }
  }
  const date = DateTime.fromISO(iso, { zone: "utc" }).setZone(timezone).toISODate();
  // A silent miss here would drop a commit from a learner's figures, so refuse instead.
  if (date === null) throw new Error(`cannot place "${iso}" on a local day in "${timezone}"`);
  return date;
}

/** Milliseconds since the epoch of an ISO instant; throws on text that is not one. */
function toMillis(iso: string): number {
  try {
    return instantMillis(iso);
  } catch {
    throw new Error(`"${iso}" is not an ISO-8601 instant`);
  }
}

/** Whether an instant lies in the half-open interval [start, end). */
export function isWithin(iso: string, interval: Interval): boolean {
  const at = toMillis(iso);
  return at >= toMillis(interval.start) && at < toMillis(interval.end);
}

/** A comparator that orders items by an ISO instant, oldest first. */
export function byInstant<T>(instantOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => toMillis(instantOf(a)) - toMillis(instantOf(b));
}

/** The calendar date `count` days before `date` (both YYYY-MM-DD). */
export function daysBefore(date: string, count: number): string {
  const earlier = DateTime.fromISO(date, { zone: "utc" }).minus({ days: count }).toISODate();
  if (earlier === null) throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  return earlier;
}
