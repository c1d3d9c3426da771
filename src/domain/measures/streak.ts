import { addDays, localDay } from "../week/time.js";
import type { MeasureWindow } from "./window.js";

/** Consecutive active local days ending on the window's last day. */
export interface Streak {
  /** Length in days; 0 when the window's last day had no commit. */
  days: number;
  /**
   * True when the streak runs back to the first day the look-back can see, so it may be
   * longer than `days`: show it as "21+ days".
   */
  capped: boolean;
  /** The streak's first local date (YYYY-MM-DD); absent when `days` is 0. */
  since?: string;
}

/**
 * The streak ending on the window's last day. Window days count when they had a non-merge
 * commit (`activeDates`); days before the window count when an earlier commit instant
 * falls on them. The look-back reaches `lookbackDays` local days before the window's first
 * day; the count stops at that bound, so `capped` means exactly "reached the bound".
 */
export function measureStreak(params: {
  activeDates: readonly string[];
  earlierCommitTimes: readonly string[];
  window: MeasureWindow;
  lookbackDays: number;
}): Streak {
  const { window, lookbackDays } = params;
  const first = window.days[0];
  const last = window.days.at(-1);
  if (first === undefined || last === undefined) return { days: 0, capped: false };
  const bound = addDays(first, -lookbackDays);
  // Earlier instants only vouch for days before the window: inside it, only non-merge commits count.
  const earlier = params.earlierCommitTimes
    .map((iso) => localDay(iso, window.timezone))
    .filter((date) => date < first);
  const active = new Set([...params.activeDates, ...earlier]);

  const streak: string[] = [];
  for (let date = last; active.has(date); date = addDays(date, -1)) {
    streak.push(date);
    if (date === bound) break;
  }
  const since = streak.at(-1);
  if (since === undefined) return { days: 0, capped: false };
  return { days: streak.length, capped: since === bound, since };
}
