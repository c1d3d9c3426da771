import type { MeasureWindow } from "../measures/window.js";
import { localDaysOf, type WeekWindow } from "../week/window.js";
import { addDays, isoInstant, zonedInstant } from "../week/time.js";

/** How far before a week the streak may look; a longer streak shows as "21+ days". */
export const LOOKBACK_DAYS = 14;

/** A week window as the measures take it. */
export function measureWindowOf(window: WeekWindow, timezone: string): MeasureWindow {
  return { interval: window.interval, timezone, days: localDaysOf(window) };
}

/** Local midnight `LOOKBACK_DAYS` days before the week: where the sources start reading. */
export function lookbackStartOf(window: WeekWindow, timezone: string): string {
  return isoInstant(zonedInstant(addDays(window.firstDay, -LOOKBACK_DAYS), "00:00", timezone));
}
