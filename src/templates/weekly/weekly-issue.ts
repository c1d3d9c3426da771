import { markerGreeting, renderMarker, type CarriedWeek } from "../../domain/marker.js";
import type { WeekMeasures } from "../../domain/measures/week-measures.js";
import { weekTitle } from "../../domain/week/label.js";
import type { WeekWindow } from "../../domain/week/window.js";
import { dayChart } from "./day-chart.js";
import { escapeText } from "./escape.js";
import { figuresOf, type WeeklyFigures, type WeeklyTargets } from "../../domain/figures.js";
import { figuresList } from "./figures-list.js";
import { linkBook, type LinkBook } from "./links.js";
import { plannedSteps } from "./planned-steps.js";
import { isQuietWeek, quietWeek } from "./quiet-week.js";
import { replyTemplate } from "./reply-template.js";
import { repoBreakdown } from "./repo-breakdown.js";
import { daySparkline } from "./sparkline.js";
import { count, listOf } from "../../domain/words.js";
import type { CourseNames } from "../../domain/expectations/metadata.js";
import { courseLine } from "../course-line.js";
import { worthALook } from "./worth-a-look.js";

/** Everything the weekly-update issue shows, as plain data. */
export interface WeeklyIssueView {
  /** How the learner is greeted. */
  learnerName: string;
  /** The course and cohort, shown in the header line when known. */
  course?: CourseNames;
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

/**
 * One line of hello that says something true and specific: credit for every target reached,
 * else what the week did hold. Never a word of blame.
 */
function greeting(view: WeeklyIssueView, name: string, figures: WeeklyFigures): string {
  const { targets, previous } = view;
  const reached = [
    { name: "commits", value: figures.commits, target: targets.commits },
    { name: "active days", value: figures.activeDays, target: targets.active_days },
    { name: "test files", value: figures.testFiles, target: targets.test_files },
  ].filter(({ value, target }) => target > 0 && value >= target);
  const hello = previous?.commits === 0 ? `Welcome back, ${name}!` : `Hi ${name}!`;
  if (reached.length === 3) return `${hello} You reached all three of your targets this week.`;
  if (reached.length > 0) {
    const goals = listOf(reached.map((goal) => goal.name));
    return `${hello} You reached your ${goals} ${reached.length === 1 ? "target" : "targets"} this week.`;
  }
  const tests = figures.testFiles > 0 ? `, with tests in ${count(figures.testFiles, "file")}` : "";
  return `${hello} ${count(figures.commits, "commit")} on ${count(figures.activeDays, "day")} this week${tests}.`;
}

/** The figures of a week with something in it: greeting, figures, days, repositories, hints. */
function busyWeek(
  view: WeeklyIssueView,
  name: string,
  figures: WeeklyFigures,
  links: LinkBook,
): string[][] {
  const { measures, targets, previous, messageRule } = view;
  const { days } = measures.totals;
  // The sparkline comes first: the e-mail shows the Mermaid source, not a chart.
  const perDay = figures.commits === 0 ? [] : [daySparkline(days), "", ...dayChart(days)];
  return [
    [greeting(view, name, figures)],
    figuresList({ measures, figures, targets, previous, links }),
    perDay,
    repoBreakdown(measures.repos, links),
    worthALook({ measures, messageRule, links }),
  ];
}

/**
 * The weekly-update issue, read in under a minute on a phone: title `Week 8 · Nov 17 – Nov 23,
 * 2025`, the course, then the week in figures (or a short kind note for a quiet week), the
 * goals it moved, last week's plan, the reply template, link definitions and, last, the
 * marker with the figures next week compares against.
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
    greeting: markerGreeting(view.learnerName),
    ...(view.facts ? { facts: view.facts } : {}),
    ...(view.lastWeek ? { lastWeek: view.lastWeek } : {}),
  });
  const blocks = [
    courseLine(view.course),
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
