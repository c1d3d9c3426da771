import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import { measureWeek, VAGUE_MESSAGE_RULE } from "../domain/measures/index.js";
import { parseReply } from "../domain/replies/parse-reply.js";
import {
  LOOKBACK_DAYS,
  lookbackStartOf,
  measureWindowOf,
} from "../domain/schedule/measure-window.js";
import { WEEKLY_KIND, weeksWithUpdate, type KnownIssue } from "../domain/schedule/plan.js";
import { trackedRepos, type VisibleRepo } from "../domain/schedule/tracked-repos.js";
import type { WeekWindow } from "../domain/week/index.js";
import { fetchGitHubActivity } from "../github/activity/index.js";
import { listComments, type IssueComment } from "../github/comments.js";
import { closeIssue, comment, type RepoRef } from "../github/issues.js";
import { figuresFromMarker } from "../templates/weekly/figures.js";
import { weekSummaryComment } from "../templates/weekly/week-summary.js";
import { weeklyIssue } from "../templates/weekly/weekly-issue.js";
import { ensureIssue } from "./ensure-issue.js";
import type { Home } from "./reconcile-learner.js";

interface WeekJobParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  config: CheckpointConfig;
  visible: readonly VisibleRepo[];
  issues: KnownIssue[];
  dryRun: boolean;
  /** Replies already read in this run, by issue number. */
  replies: Map<number, Promise<IssueComment[]>>;
}

/**
 * The learner's replies on a weekly issue: comments by people, never by apps. Read once per
 * run: opening a week and closing the one before both need them.
 */
function repliesOn(params: WeekJobParams, issue: KnownIssue): Promise<IssueComment[]> {
  if (issue.comments === 0) return Promise.resolve([]);
  let replies = params.replies.get(issue.number);
  if (!replies) {
    replies = listComments(params.octokit, {
      owner: params.home.owner,
      repo: params.home.repo,
      issue_number: issue.number,
    }).then((comments) => comments.filter((entry) => entry.authorType !== "Bot"));
    params.replies.set(issue.number, replies);
  }
  return replies;
}

/** The next steps of the latest reply that has any, to quote back next week. */
function plannedSteps(replies: IssueComment[], home: RepoRef): string[] {
  for (const reply of [...replies].reverse()) {
    const steps = parseReply(reply.body, home).nextSteps;
    if (steps.length > 0) return steps;
  }
  return [];
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
  const ref = { owner: home.owner, repo: home.repo };
  const { tracked, missing } = trackedRepos({
    setting: config.repositories,
    home: ref,
    visible: params.visible,
  });
  if (missing.length > 0) log.warn({ missing }, "listed repositories the app cannot see");

  const timezone = config.course.timezone;
  const learner = { login: config.learner.login ?? home.owner, emails: config.learner.emails };
  const activity = [];
  for (const repo of tracked) {
    activity.push(
      await fetchGitHubActivity({
        client: octokit,
        ...repo,
        window: window.interval,
        lookbackStart: lookbackStartOf(window, timezone),
        learner,
      }),
    );
  }
  const measures = measureWeek({
    repos: activity,
    window: measureWindowOf(window, timezone),
    lookbackDays: LOOKBACK_DAYS,
  });
  const planned = previous ? plannedSteps(await repliesOn(params, previous), ref) : [];
  const { title, body } = weeklyIssue({
    learnerName: config.learner.name ?? learner.login,
    window,
    measures,
    targets: config.targets,
    previous: figuresFromMarker(previous?.marker),
    plannedLastWeek: planned,
    messageRule: VAGUE_MESSAGE_RULE,
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
  const updatePosted = (await repliesOn(params, issue)).length > 0;
  if (params.dryRun) return `would close #${issue.number} (week ${week})`;
  const ref = { owner: home.owner, repo: home.repo, issue_number: issue.number };
  if (figures) {
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
