import { renderMarker, type CarriedWeek } from "../../domain/marker.js";
import type { WeekMeasures } from "../../domain/measures/index.js";
import { weekTitle, type WeekWindow } from "../../domain/week/index.js";
import { dayChart } from "./day-chart.js";
import { escapeText } from "./escape.js";
import { figuresOf, type WeeklyFigures } from "../../domain/figures.js";
import { figuresTable, type WeeklyTargets } from "./figures-table.js";
import { linkBook, type LinkBook } from "./links.js";
import { plannedSteps } from "./planned-steps.js";
import { isQuietWeek, quietWeek } from "./quiet-week.js";
import { replyTemplate } from "./reply-template.js";
import { repoBreakdown } from "./repo-breakdown.js";
import { daySparkline } from "./sparkline.js";
import { listOf } from "../../domain/words.js";
import { worthALook } from "./worth-a-look.js";

/** Everything the weekly-update issue shows, as plain data. */
export interface WeeklyIssueView {
  /** How the learner is greeted. */
  learnerName: string;
  window: WeekWindow;
  measures: WeekMeasures;
  targets: WeeklyTargets;
  /** Last week's figures, read from last week's issue marker. */
  previous?: WeeklyFigures;
  /** The next steps of last week's reply. */
  plannedLastWeek?: readonly string[];
  /** The vague-commit-message rule in words (`VAGUE_MESSAGE_RULE`). */
  messageRule: string;
  /** "Goals touched this week", or a note that the expectation document could not be read. */
  goals?: readonly string[];
  /** What the goal rules need of this week beyond the figures, kept in the marker for the reviews. */
  facts?: Record<string, unknown>;
  /** What last week had settled when this issue opened, carried forward in the marker. */
  lastWeek?: CarriedWeek;
}

/** One line of hello, with a word of credit for every target reached and never a word of blame. */
function greeting(view: WeeklyIssueView, name: string, figures: WeeklyFigures): string {
  const { targets, previous, window } = view;
  const reached = [
    { name: "commits", value: figures.commits, target: targets.commits },
    { name: "active days", value: figures.activeDays, target: targets.active_days },
    { name: "test files", value: figures.testFiles, target: targets.test_files },
  ].filter(({ value, target }) => target > 0 && value >= target);
  const hello = previous?.commits === 0 ? `Welcome back, ${name}!` : `Hi ${name}!`;
  const credit =
    reached.length === 0
      ? ""
      : ` You reached your ${listOf(reached.map((goal) => goal.name))} ${reached.length === 1 ? "target" : "targets"}.`;
  return `${hello} Here's what your repositories show for ${window.label}.${credit}`;
}

/** The figures of a week with something in it: greeting, table, days, repositories, hints. */
function busyWeek(
  view: WeeklyIssueView,
  name: string,
  figures: WeeklyFigures,
  links: LinkBook,
): string[][] {
  const { measures, targets, previous, messageRule } = view;
  const { days } = measures.totals;
  // The sparkline comes first: the e-mail shows the Mermaid source, not a chart.
  const perDay =
    figures.commits === 0
      ? []
      : ["### Commits per day", "", daySparkline(days), "", ...dayChart(days)];
  return [
    [greeting(view, name, figures)],
    figuresTable({ measures, figures, targets, previous, links }),
    perDay,
    repoBreakdown(measures.repos, links),
    worthALook({ measures, messageRule, links }),
  ];
}

/**
 * The weekly-update issue: title `Week 8 · Nov 17 – Nov 23, 2025`, then the week in
 * figures (or a short kind note for a quiet week), last week's plan, the reply template,
 * link definitions and, last, the marker with the figures next week compares against.
 */
export function weeklyIssue(view: WeeklyIssueView): { title: string; body: string } {
  const { window, measures } = view;
  const name = escapeText(view.learnerName);
  const figures = figuresOf(measures);
  const links = linkBook();
  const opening = isQuietWeek(measures)
    ? [quietWeek(name, window)]
    : busyWeek(view, name, figures, links);
  const marker = renderMarker({
    kind: "weekly",
    week: window.number,
    window: { firstDay: window.firstDay, lastDay: window.lastDay },
    figures,
    ...(view.facts ? { facts: view.facts } : {}),
    ...(view.lastWeek ? { lastWeek: view.lastWeek } : {}),
  });
  const blocks = [
    ...opening,
    [...(view.goals ?? [])],
    plannedSteps(view.plannedLastWeek),
    replyTemplate(),
    links.definitions(),
    [marker],
  ];
  return {
    title: weekTitle(window),
    body: blocks
      .filter((block) => block.length > 0)
      .map((block) => block.join("\n"))
      .join("\n\n"),
  };
}
