import type { ExpectationDocument } from "../../domain/expectations/types.js";
import { classifyGoal } from "../../domain/goals/classify.js";
import {
  HABIT_SHARE,
  SKILL_WEEKS,
  weekList,
  type GoalStatus,
  type JudgeContext,
  type WeekRecord,
} from "../../domain/goals/judging.js";
import { judgeGoal } from "../../domain/goals/judge.js";
import type { GoalRule } from "../../domain/goals/catalogue.js";
import { renderMarker } from "../../domain/marker.js";
import { escapeText } from "../weekly/escape.js";
import { linkBook, type LinkBook } from "../weekly/links.js";
import { count, listOf, number } from "../../domain/words.js";
import type { CourseNames } from "../../domain/expectations/metadata.js";
import { courseLine } from "../course-line.js";
import { shortGoal } from "../goal-text.js";
import { checklist } from "./checklist.js";
import { briefly, goalSections, judgingDetails, type JudgedGoal } from "./goal-sections.js";
import type { ReviewKind } from "../../domain/marker.js";
import { reviewName } from "./kinds.js";
import { nextStepsSection, type RecordedSteps } from "./next-steps.js";
import { trendChart } from "./trend.js";

/** Everything a review issue shows, as plain data. */
export interface ReviewView {
  kind: ReviewKind;
  /** The week whose posting brings the review (the title's week). */
  week: number;
  /** How the learner is greeted. */
  learnerName: string;
  /** The course and cohort, shown in the header line when known. */
  course?: CourseNames;
  document: ExpectationDocument;
  /** The document's goals with their rules (`goalRulesOf`, overrides applied). */
  rules: readonly GoalRule[];
  /** Every week so far, read back from the weekly issues. */
  history: readonly WeekRecord[];
  context: JudgeContext;
  /** The next steps each week's update recorded. */
  nextSteps: readonly RecordedSteps[];
  /** How many of those steps a later update followed up. */
  stepsFollowedUp: number;
  /** Where the expectation document lives, to revisit it. */
  documentUrl: string;
}

/** "5 on track, 6 need attention, 2 with no evidence yet and 12 only you can judge". */
function tally(statuses: readonly GoalStatus[]): string {
  const of = (status: GoalStatus) => statuses.filter((candidate) => candidate === status).length;
  const parts = [
    of("on track") > 0 ? `${number(of("on track"))} on track` : "",
    of("needs attention") > 0
      ? `${number(of("needs attention"))} ${of("needs attention") === 1 ? "needs" : "need"} attention`
      : "",
    of("no evidence yet") > 0 ? `${number(of("no evidence yet"))} with no evidence yet` : "",
    of("self-assessed") > 0 ? `${number(of("self-assessed"))} only you can judge` : "",
  ];
  return listOf(parts.filter((part) => part !== ""));
}

function opening(view: ReviewView, statuses: readonly GoalStatus[]): string {
  const name = escapeText(view.learnerName);
  const when =
    view.kind === "mid-course"
      ? "You're halfway through the course."
      : "You've reached the end of the course.";
  const weeks = view.history.length === 0 ? "your first weeks" : weekList(view.history);
  const held = `${weeks.charAt(0).toUpperCase()}${weeks.slice(1)}`;
  return (
    `Hi ${name}! ${when} ${held} against the ${count(statuses.length, "goal")} of your ` +
    `expectation document: ${tally(statuses)}.`
  );
}

/** Goals named briefly in a sentence: "Master the Django ORM and Work with databases". */
const namesOf = (entries: readonly JudgedGoal[]) =>
  listOf(entries.map((entry) => `“${escapeText(shortGoal(entry.goal.text))}”`));

/**
 * What changed between the first half of the weeks and now: the goals that reached on track
 * since, and any that slipped from it, judged by the same rules over the earlier weeks.
 */
function whatMoved(
  entries: readonly JudgedGoal[],
  history: readonly WeekRecord[],
  context: JudgeContext,
): string[] {
  const half = history[Math.floor(history.length / 2) - 1];
  if (half === undefined) return [];
  const earlier = history.filter((week) => week.week <= half.week);
  const measured = entries
    .filter((entry) => entry.judgement.status !== "self-assessed")
    .map((entry) => ({
      entry,
      now: entry.judgement.status === "on track",
      then: judgeGoal(entry.rule, earlier, context).status === "on track",
    }));
  const reached = measured.filter(({ now, then }) => now && !then).map(({ entry }) => entry);
  const slipped = measured.filter(({ now, then }) => !now && then).map(({ entry }) => entry);
  const since = `Since week ${half.week}`;
  const lines = [
    reached.length > 0
      ? `${since}, ${namesOf(reached)} ${reached.length === 1 ? "has" : "have"} come on track.`
      : `${since}, no goal has come on track yet; the ones below are where to start.`,
    ...(slipped.length > 0
      ? [
          `${namesOf(slipped)} ${slipped.length === 1 ? "was" : "were"} on track then and could use some time again.`,
        ]
      : []),
  ];
  return ["### What moved", "", lines.join(" ")];
}

/** How many goals the review asks the learner to focus on next. */
const FOCUS = 3;

/** The goals to work on next: those needing attention first, then those with no evidence yet. */
function focusNext(entries: readonly JudgedGoal[]): string[] {
  const pick = (status: GoalStatus) => entries.filter((entry) => entry.judgement.status === status);
  const focus = [...pick("needs attention"), ...pick("no evidence yet")].slice(0, FOCUS);
  if (focus.length === 0) return [];
  return [
    "### Focus next",
    "",
    ...focus.map(
      (entry) =>
        `- ${escapeText(shortGoal(entry.goal.text))}: ${escapeText(briefly(entry.judgement))}`,
    ),
  ];
}

function revisit(kind: ReviewKind, url: string, links: LinkBook): string[] {
  const document = links.to("your expectation document", url);
  return kind === "mid-course"
    ? [
        "### Revisit your expectation document",
        "",
        `Halfway, reread ${document}: is every goal still yours? Edit any that no longer fit ` +
          "(each keeps its history), then reply here with what you changed or why you kept it.",
      ]
    : [
        "### Looking back",
        "",
        `Reread ${document} one last time: which goals would you keep for what comes next? ` +
          "Reply here with your thoughts.",
      ];
}

const HOW_I_JUDGE =
  `A habit is on track when it met its weekly target in at least ${HABIT_SHARE * 100}% ` +
  `of the weeks so far; a skill once it shows in ${SKILL_WEEKS} different weeks; a one-off ` +
  "(a deployment file, a CI workflow, a README that says how to set up, run and test) as soon " +
  "as it's there. A goal with several rules is on track when all of them are. To judge a goal " +
  "by another rule, name its id under `goals:` in `.github/checkpoint.yml`.";

/**
 * The mid-course or final review, its first screen one a learner finishes: title `Mid-course
 * review · Week 13`, the course, the tally of statuses, what moved since the first half, the
 * three goals to focus on next, the weeks' chart; then every goal in one line by section,
 * how each was judged (folded away), the recorded next steps, a checklist of the goals only
 * the learner can judge, a request to revisit the document, and the marker.
 */
export function reviewIssue(view: ReviewView): { title: string; body: string } {
  const { kind, week, document } = view;
  const history = [...view.history].sort((a, b) => a.week - b.week);
  const rulesOf = new Map(view.rules.map((rule) => [rule.goalId, rule]));
  const judged = new Map<string, JudgedGoal>();
  for (const section of document.sections) {
    for (const goal of section.goals) {
      // A goal the rules do not cover (a document newer than they are) is classified here, never dropped.
      const rule = rulesOf.get(goal.id) ?? classifyGoal(goal, section.title);
      judged.set(goal.id, { goal, rule, judgement: judgeGoal(rule, history, view.context) });
    }
  }
  const entries = [...judged.values()];
  const statuses = entries.map((entry) => entry.judgement.status);
  const selfAssessed = entries.filter((entry) => entry.judgement.status === "self-assessed");
  const links = linkBook();
  const trend = history.length === 0 ? [] : ["### Your weeks", "", ...trendChart(history)];
  const marker = renderMarker({
    kind: "review",
    review: kind,
    week,
    goals: Object.fromEntries(entries.map((entry) => [entry.goal.id, entry.judgement.status])),
  });
  const judgedGoals = goalSections(document, judged);
  const blocks = [
    courseLine(view.course),
    [opening(view, statuses)],
    whatMoved(entries, history, view.context),
    focusNext(entries),
    trend,
    judgedGoals.length === 0 ? [] : ["### Each goal I can judge", ...judgedGoals],
    judgingDetails(HOW_I_JUDGE, entries),
    nextStepsSection(view.nextSteps, view.stepsFollowedUp),
    checklist(
      kind,
      selfAssessed.map((entry) => entry.goal),
    ),
    revisit(kind, view.documentUrl, links),
    links.definitions(),
    [marker],
  ];
  return {
    title: `${reviewName(kind)} · Week ${week}`,
    body: blocks
      .filter((block) => block.length > 0)
      .map((block) => block.join("\n"))
      .join("\n\n"),
  };
}
