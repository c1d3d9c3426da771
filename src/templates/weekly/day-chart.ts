import type { DayCount } from "../../domain/measures/days.js";
import { dayShort } from "./day-names.js";

/**
 * The smallest axis top that makes Mermaid's ticks whole numbers. Mermaid asks d3 for about
 * ten ticks, and d3's step (1, 2 or 5 times a power of ten) is below 1 for any top under
 * 7.07, so a top of 8 gives ticks 0, 1 … 8 rather than 0.1, 0.2 ….
 */
const WHOLE_TICKS_TOP = 8;

/**
 * A small Mermaid bar chart of commits per local day (GitHub renders it in issues), sized to
 * sit on a phone screen without scrolling, its y axis in whole commits.
 */
export function dayChart(days: readonly DayCount[]): string[] {
  const values = days.map((day) => day.commits);
  const labels = days.map((day) => `"${dayShort(day.date)}"`);
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    "    width: 360",
    "    height: 200",
    "---",
    "xychart-beta",
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "Commits" 0 --> ${Math.max(WHOLE_TICKS_TOP, ...values)}`,
    `  bar [${values.join(", ")}]`,
    "```",
  ];
}
