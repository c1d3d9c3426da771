import { DateTime } from "luxon";
import type { WeekWindow } from "./window.js";
import { checked, remembered } from "./time.js";

// Fixed English formatting: titles must not change with the server's locale.
const FORMAT_OPTIONS = { locale: "en-US" } as const;

// A pass labels the same few weeks for every learner.
const formatDay = remembered(
  1_024,
  (date: string, pattern: string) => {
    const day = checked(DateTime.fromISO(date, { zone: "utc" }), `invalid calendar date "${date}"`);
    return day.toFormat(pattern, FORMAT_OPTIONS);
  },
  (date, pattern) => JSON.stringify([date, pattern]),
);

/**
 * The dates a window covers, "Nov 17 – Nov 23, 2025" (en dash with spaces); the year
 * is written on both ends when the window spans two years: "Dec 29, 2025 – Jan 4, 2026".
 */
export function weekLabel(firstDay: string, lastDay: string): string {
  const sameYear = firstDay.slice(0, 4) === lastDay.slice(0, 4);
  const start = formatDay(firstDay, sameYear ? "MMM d" : "MMM d, yyyy");
  return `${start} \u2013 ${formatDay(lastDay, "MMM d, yyyy")}`;
}

/** The title of a weekly issue, "Week 8 · Nov 17 – Nov 23, 2025" (middle dot U+00B7). */
export function weekTitle(window: WeekWindow): string {
  return `Week ${window.number} \u00b7 ${window.label}`;
}

/** A posting instant as the learner reads it: "Monday, Dec 1, 2025 at 09:00 (Africa/Lagos)". */
export function postingLabel(instant: string, timezone: string): string {
  const local = checked(
    DateTime.fromISO(instant, { zone: "utc" }).setZone(timezone),
    `invalid instant "${instant}"`,
  );
  return `${local.toFormat("cccc, MMM d, yyyy 'at' HH:mm", FORMAT_OPTIONS)} (${timezone})`;
}
