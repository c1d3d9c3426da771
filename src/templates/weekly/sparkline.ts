import type { DayCount } from "../../domain/measures/days.js";
import { dayInitial, dayName } from "./day-names.js";
import { count } from "../../domain/words.js";

const LEVELS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;

/**
 * One bar per value, scaled to the largest: a value gets level ⌈7 · value / max⌉ of the
 * eight (0 to 7). So 0 is always ▁, any commit at all is at least ▂ (a quiet day and a
 * light day never look alike), and the busiest day is █. All zeros give all ▁.
 * Example: [0, 2, 1, 0, 4, 0, 1] → ▁▅▃▁█▁▃ (2 → ⌈3.5⌉ = 4, 1 → ⌈1.75⌉ = 2).
 */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((value) => LEVELS[max === 0 ? 0 : Math.ceil((7 * value) / max)]).join("");
}

/**
 * The week's commits per day on one line that reads the same in the rendered issue and in the
 * raw e-mail: "`M▁ T▅ W▃ T▁ F█ S▁ S▃` · busiest: Friday, 4 commits". The busiest day is named
 * only when one day had more than every other: "busiest" of five equal days says nothing.
 */
export function daySparkline(days: readonly DayCount[]): string {
  const bars = Array.from(sparkline(days.map((day) => day.commits)));
  const pairs = days.map((day, index) => `${dayInitial(day.date)}${bars[index]}`);
  const most = Math.max(0, ...days.map((day) => day.commits));
  const busiest = days.filter((day) => day.commits === most);
  const peak =
    most === 0 || busiest.length > 1 || busiest[0] === undefined
      ? ""
      : ` · busiest: ${dayName(busiest[0].date)}, ${count(most, "commit")}`;
  return `\`${pairs.join(" ")}\`${peak}`;
}
