import type { ExpectationDocument } from "../../domain/expectations/types.js";
import {
  classifyGoal,
  HABIT_SHARE,
  judgeGoal,
  SKILL_WEEKS,
  weekList,
  type GoalRule,
  type GoalStatus,
  type JudgeContext,
  type WeekRecord,
} from "../../domain/goals/index.js";
import { renderMarker } from "../../domain/marker.js";
import { escapeText } from "../weekly/escape.js";
import { linkBook, type LinkBook } from "../weekly/links.js";
import { count, listOf, number } from "../../domain/words.js";
import { checklist } from "./checklist.js";
import { goalSections, type JudgedGoal } from "./goal-sections.js";
import type { ReviewKind } from "../../domain/marker.js";
import { reviewName } from "./kinds.js";
import { nextStepsSection, type RecordedSteps } from "./next-steps.js";
import { trendChart, trendLine } from "./trend.js";

/** Everything a review issue shows, as plain data. */
export interface ReviewView {
  kind: ReviewKind;
  /** The week whose posting brings the review (the title's week). */
  week: number;
  /** How the learner is greeted. */
  learnerName: string;
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
  return (
    `Hi ${name}! ${when} This review holds ${weeks} up against every goal in your ` +
    `expectation document (${count(statuses.length, "goal")}): ${tally(statuses)}.`
  );
}

function revisit(kind: ReviewKind, url: string, links: LinkBook): string[] {
  const document = links.to("your expectation document", url);
  return kind === "mid-course"
    ? [
        "### Revisit your expectation document",
        "",
        `Halfway is a good moment to reread ${document}. Is every goal still yours? Edit any that ` +
          "no longer fit: each goal keeps its history under its new wording. Then reply here with " +
          "what you changed, or why you kept it; your reply counts as revisiting it.",
      ]
    : [
        "### Looking back",
        "",
        `Reread ${document} one last time: which goals would you keep for what comes next? ` +
          "Reply here with your thoughts.",
      ];
}

const HOW_I_JUDGE =
  `How I judge: a habit is on track when it met its weekly target in at least ${HABIT_SHARE * 100}% ` +
  `of the weeks so far; a skill once it shows in ${SKILL_WEEKS} different weeks; a one-off ` +
  "(a deployment file, a CI workflow, a README that says how to set up, run and test) as soon " +
  "as it's there. A goal with several rules is on track when all of them are. To judge a goal " +
  "by another rule, name its id under `goals:` in `.github/checkpoint.yml`.";

/**
 * The mid-course or final review: title `Mid-course review · Week 13`, every goal by section
 * with its status, rules and evidence, the weeks' trend (a text line for the e-mail, then a
 * chart), the recorded next steps, a checklist of the goals only the learner can judge, a
 * request to revisit the document, and the marker with every goal's status.
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
  const trend =
    history.length === 0
      ? []
      : ["### Your weeks", "", trendLine(history), "", ...trendChart(history)];
  const marker = renderMarker({
    kind: "review",
    review: kind,
    week,
    goals: Object.fromEntries(entries.map((entry) => [entry.goal.id, entry.judgement.status])),
  });
  const blocks = [
    [opening(view, statuses)],
    trend,
    ...goalSections(document, judged),
    [HOW_I_JUDGE],
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
