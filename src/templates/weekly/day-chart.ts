import type { DayCount } from "../../domain/measures/index.js";
import { dayShort } from "./day-names.js";

/**
 * A Mermaid bar chart of commits per local day, which GitHub renders in issues. The y axis
 * runs from 0 to the busiest day (at least 1, so a flat week still draws).
 */
export function dayChart(days: readonly DayCount[]): string[] {
  const values = days.map((day) => day.commits);
  const labels = days.map((day) => `"${dayShort(day.date)}"`);
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Commits per day"',
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "Commits" 0 --> ${Math.max(1, ...values)}`,
    `  bar [${values.join(", ")}]`,
    "```",
  ];
}
