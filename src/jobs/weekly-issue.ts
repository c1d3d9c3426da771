import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import { VAGUE_MESSAGE_RULE } from "../domain/measures/index.js";
import { WEEKLY_KIND, weeksWithUpdate, type KnownIssue } from "../domain/schedule/plan.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import type { WeekWindow } from "../domain/week/index.js";
import { listComments } from "../github/comments.js";
import { closeIssue, comment } from "../github/issues.js";
import { figuresFromMarker, figuresOf } from "../domain/figures.js";
import {
  goalsTouchedSection,
  goalsUnreadableSection,
  unknownGoalsNote,
} from "../templates/review/index.js";
import {
  goalFactsOf,
  goalRulesOf,
  goalsTouched,
  unknownGoalIds,
  type WeekRecord,
} from "../domain/goals/index.js";
import type { LoadedExpectations } from "./expectations.js";
import { WEEK_SUMMARY_KIND, weekSummaryComment } from "../templates/weekly/week-summary.js";
import { weeklyIssue } from "../templates/weekly/weekly-issue.js";
import { reminderComment } from "../templates/replies/index.js";
import { ensureIssue } from "./ensure-issue.js";
import { measureLearnerWeek } from "./measure-learner.js";
import type { Home } from "./reconcile-learner.js";

interface WeekJobParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  config: CheckpointConfig;
  visible: readonly VisibleRepo[];
  issues: KnownIssue[];
  dryRun: boolean;
  /** The learner's expectation document, read at most once per run. */
  expectations: () => Promise<LoadedExpectations>;
}

/** The goals this week's evidence moved, or why the expectation document could not say. */
function goalsOfTheWeek(
  expectations: LoadedExpectations,
  config: CheckpointConfig,
  record: WeekRecord,
): string[] {
  const { document, problem } = expectations;
  if (problem || !document) return goalsUnreadableSection(problem ?? "");
  const rules = goalRulesOf(document, config.goals);
  const section = goalsTouchedSection(goalsTouched(document, rules, record));
  const unknown = unknownGoalIds(rules, config.goals);
  const note = unknown.length > 0 ? unknownGoalsNote(unknown, config.expectations) : "";
  const text = [section, note].filter((block) => block !== "").join("\n\n");
  return text === "" ? [] : text.split("\n");
}

/**
 * Measures the week in every tracked repository and opens its issue, comparing with last
 * week's remembered figures and quoting last week's next steps. Any repository that cannot
 * be measured fails the whole week: a partial figure is never posted.
 */
export async function openWeek(
  params: WeekJobParams & { window: WeekWindow; previous?: KnownIssue },
): Promise<string> {
  const { octokit, log, home, config, window, previous } = params;
  const login = config.learner.login ?? home.owner;
  const ref = { owner: home.owner, repo: home.repo };
  const { activity, measures } = await measureLearnerWeek({ ...params, home: ref });
  const facts = goalFactsOf(activity, measures);
  const record = { week: window.number, figures: figuresOf(measures), facts, updatePosted: false };
  const { title, body } = weeklyIssue({
    learnerName: config.learner.name ?? login,
    window,
    measures,
    targets: config.targets,
    previous: figuresFromMarker(previous?.marker),
    plannedLastWeek: previous?.marker.nextSteps ?? [],
    messageRule: VAGUE_MESSAGE_RULE,
    goals: goalsOfTheWeek(await params.expectations(), config, record),
    facts,
  });
  if (params.dryRun) return `would open "${title}"`;
  const { number, created } = await ensureIssue({
    octokit,
    log,
    ref,
    known: params.issues,
    matches: (marker) => marker.kind === WEEKLY_KIND && marker.week === window.number,
    title,
    body,
  });
  return created ? `opened #${number} "${title}"` : `found #${number} already open`;
}

/**
 * Closes a past week with its checkpoint summary: "completed" when the learner replied,
 * "not_planned" when not, which is also how the streak of weeks with an update is kept.
 */
export async function closeWeek(params: WeekJobParams & { issue: KnownIssue }): Promise<string> {
  const { octokit, home, issue } = params;
  const week = issue.marker.week ?? 0;
  const figures = figuresFromMarker(issue.marker);
  const updatePosted = issue.marker.updatePosted === true;
  if (params.dryRun) return `would close #${issue.number} (week ${week})`;
  const ref = { owner: home.owner, repo: home.repo, issue_number: issue.number };
  // A run that posted the summary but failed to close finds it here, and only closes.
  if (figures && !(await hasSummary(params, issue))) {
    const body = weekSummaryComment({
      week,
      figures,
      updatePosted,
      updateWeeksInARow: updatePosted ? weeksWithUpdate(params.issues) + 1 : 0,
    });
    await comment(octokit, { ...ref, body });
  }
  await closeIssue(octokit, { ...ref, reason: updatePosted ? "completed" : "not_planned" });
  return `closed #${issue.number} (week ${week}, ${updatePosted ? "with" : "without"} an update)`;
}

/** Whether the week's checkpoint summary is already posted (only an issue with comments can have one). */
async function hasSummary(params: WeekJobParams, issue: KnownIssue): Promise<boolean> {
  if (issue.comments === 0) return false;
  const comments = await listComments(params.octokit, {
    owner: params.home.owner,
    repo: params.home.repo,
    issue_number: issue.number,
  });
  return comments.some((entry) => entry.marker?.kind === WEEK_SUMMARY_KIND);
}

/** One short reminder on a week nobody has answered yet; the comment itself marks it sent. */
export async function remindWeek(
  params: WeekJobParams & { issue: KnownIssue; window: WeekWindow; now: Date },
): Promise<string> {
  const { octokit, home, config, issue, window } = params;
  if (params.dryRun) return `would remind on #${issue.number} (week ${window.number})`;
  const posted = new Date(window.postAt).getTime();
  const body = reminderComment({
    login: config.learner.login ?? home.owner,
    week: window.number,
    weekLabel: window.label,
    daysSincePosted: Math.floor((params.now.getTime() - posted) / 86_400_000),
  });
  await comment(octokit, { owner: home.owner, repo: home.repo, issue_number: issue.number, body });
  return `reminded on #${issue.number} (week ${window.number})`;
}
