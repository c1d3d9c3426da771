import { instantMillis } from "../week/time.js";
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

/** Whether an instant lies in the half-open interval [start, end). */
export function isWithin(iso: string, interval: Interval): boolean {
  const at = instantMillis(iso);
  return at >= instantMillis(interval.start) && at < instantMillis(interval.end);
}

/** A comparator that orders items by an ISO instant, oldest first. */
export function byInstant<T>(instantOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => instantMillis(instantOf(a)) - instantMillis(instantOf(b));
}
