import { weekList, type WeekRecord } from "../../domain/goals/index.js";
import { number } from "../../domain/words.js";

interface Series {
  name: string;
  values: number[];
}

function seriesOf(weeks: readonly WeekRecord[]): {
  commits: Series;
  activeDays: Series;
  testFiles: Series;
} {
  const of = (name: string, figure: (week: WeekRecord) => number) => ({
    name,
    values: weeks.map(figure),
  });
  return {
    commits: of("commits", (week) => week.figures.commits),
    activeDays: of("active days", (week) => week.figures.activeDays),
    testFiles: of("test files", (week) => week.figures.testFiles),
  };
}

/**
 * The main habits per week on one line, for the e-mail, which shows the chart's source:
 * "Weeks 1–12 · commits: 5, 9, 0 … · active days: … · test files: …". Weeks in order.
 */
export function trendLine(weeks: readonly WeekRecord[]): string {
  const { commits, activeDays, testFiles } = seriesOf(weeks);
  const label = weekList(weeks);
  const parts = [commits, activeDays, testFiles].map(
    (series) => `${series.name}: ${series.values.map(number).join(", ")}`,
  );
  return [`${label.charAt(0).toUpperCase()}${label.slice(1)}`, ...parts].join(" · ");
}

/**
 * A Mermaid `xychart-beta` of the weeks, which GitHub renders in issues: test files as bars,
 * commits and active days as lines (the chart draws bars and lines on one set of axes, with
 * no legend, so a caption says which is which). Weeks in order; y from 0 to the largest value.
 */
export function trendChart(weeks: readonly WeekRecord[]): string[] {
  const { commits, activeDays, testFiles } = seriesOf(weeks);
  const top = Math.max(1, ...commits.values, ...activeDays.values, ...testFiles.values);
  const values = (series: Series) => `[${series.values.join(", ")}]`;
  return [
    "Bars: test files changed. Lines: commits and active days.",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Your weeks"',
    `  x-axis [${weeks.map((week) => `"W${week.week}"`).join(", ")}]`,
    `  y-axis "Per week" 0 --> ${top}`,
    `  bar ${values(testFiles)}`,
    `  line ${values(commits)}`,
    `  line ${values(activeDays)}`,
    "```",
  ];
}
