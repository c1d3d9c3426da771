import { weekList, type WeekRecord } from "../../domain/goals/judging.js";
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
function trendLine(weeks: readonly WeekRecord[]): string {
  const { commits, activeDays, testFiles } = seriesOf(weeks);
  const label = weekList(weeks);
  const parts = [commits, activeDays, testFiles].map(
    (series) => `${series.name}: ${series.values.map(number).join(", ")}`,
  );
  return [`${label.charAt(0).toUpperCase()}${label.slice(1)}`, ...parts].join(" · ");
}

/** The chart's colours, in plot order (bars, then each line), and the legend's squares for them. */
const PALETTE = [
  { colour: "#0969da", square: "🟦" },
  { colour: "#bc4c00", square: "🟧" },
  { colour: "#1a7f37", square: "🟩" },
] as const;

/**
 * A Mermaid `xychart-beta` of the weeks, which GitHub renders in issues: test files as bars,
 * commits and active days as lines, in fixed colours that a legend line above it names (the
 * chart draws no legend of its own), then the figures as text, folded away, for the e-mail
 * and for screen readers. Weeks in order; y from 0 to the largest value.
 */
export function trendChart(weeks: readonly WeekRecord[]): string[] {
  const { commits, activeDays, testFiles } = seriesOf(weeks);
  const top = Math.max(1, ...commits.values, ...activeDays.values, ...testFiles.values);
  const values = (series: Series) => `[${series.values.join(", ")}]`;
  const [bars, first, second] = PALETTE;
  return [
    `${bars.square} test files changed (bars) · ${first.square} commits · ${second.square} active days`,
    "",
    "```mermaid",
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${PALETTE.map((entry) => entry.colour).join(", ")}"`,
    "---",
    "xychart-beta",
    `  x-axis [${weeks.map((week) => `"W${week.week}"`).join(", ")}]`,
    `  y-axis "Per week" 0 --> ${top}`,
    `  bar ${values(testFiles)}`,
    `  line ${values(commits)}`,
    `  line ${values(activeDays)}`,
    "```",
    "",
    "<details><summary>The figures week by week</summary>",
    "",
    trendLine(weeks),
    "",
    "</details>",
  ];
}
