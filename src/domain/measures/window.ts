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
