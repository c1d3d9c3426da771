import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import { goalFactsFromMarker, goalRulesOf, type WeekRecord } from "../domain/goals/index.js";
import { REVIEW_KIND, WEEKLY_KIND, type ReviewKind } from "../domain/schedule/plan.js";
import { listOwnIssues, type OwnIssue } from "../github/issues.js";
import { reviewIssue, type RecordedSteps } from "../templates/review/index.js";
import { figuresFromMarker } from "../domain/figures.js";
import { ensureIssue } from "./ensure-issue.js";
import type { LoadedExpectations } from "./expectations.js";
import type { Home } from "./reconcile-learner.js";

export interface ReviewParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  config: CheckpointConfig;
  expectations: () => Promise<LoadedExpectations>;
  review: ReviewKind;
  week: number;
  dryRun: boolean;
}

/** Every week so far, as its weekly issue remembers it: figures, goal facts, and whether it had an update. */
function historyOf(weekly: readonly OwnIssue[]): WeekRecord[] {
  return weekly.flatMap((issue) => {
    const figures = figuresFromMarker(issue.marker);
    if (!figures || issue.marker.week === undefined) return [];
    const facts = goalFactsFromMarker(issue.marker);
    return [
      {
        week: issue.marker.week,
        figures,
        ...(facts ? { facts } : {}),
        updatePosted: issue.marker.updatePosted === true,
      },
    ];
  });
}

/** The next steps each week's update promised, as its weekly issue's marker recorded them. */
function recordedSteps(weekly: readonly OwnIssue[]): RecordedSteps[] {
  return weekly.flatMap((issue) => {
    const steps = issue.marker.nextSteps ?? [];
    return issue.marker.week === undefined || steps.length === 0
      ? []
      : [{ week: issue.marker.week, steps }];
  });
}

/**
 * Opens the mid-course or final review: every goal of the learner's document against the
 * evidence of every week so far. History is read back from Checkpoint's own issues on
 * GitHub, listed afresh so the week opened in this same run is included.
 */
export async function openReview(params: ReviewParams): Promise<string> {
  const { octokit, log, home, config, review, week } = params;
  const { document, problem, url } = await params.expectations();
  if (!document || problem) return `no ${review} review: ${problem ?? "no expectation document"}`;
  const ref = { owner: home.owner, repo: home.repo };
  const issues = await listOwnIssues(octokit, ref);
  const weekly = issues
    .filter((issue) => issue.marker.kind === WEEKLY_KIND)
    .sort((a, b) => (a.marker.week ?? 0) - (b.marker.week ?? 0));
  const history = historyOf(weekly);
  const nextSteps = recordedSteps(weekly);
  const updated = new Set(
    history.filter((record) => record.updatePosted).map((record) => record.week),
  );
  // A step is followed up when the week after it brought an update.
  const stepsFollowedUp = nextSteps
    .filter((recorded) => updated.has(recorded.week + 1))
    .reduce((sum, recorded) => sum + recorded.steps.length, 0);
  const midCourse = issues.find(
    (issue) => issue.marker.kind === REVIEW_KIND && issue.marker["review"] === "mid-course",
  );
  const { title, body } = reviewIssue({
    kind: review,
    week,
    learnerName: config.learner.name ?? config.learner.login ?? home.owner,
    document,
    rules: goalRulesOf(document, config.goals),
    history,
    context: { targets: config.targets, reviewAnswered: (midCourse?.comments ?? 0) > 0 },
    nextSteps,
    stepsFollowedUp,
    documentUrl: url,
  });
  if (params.dryRun) return `would open "${title}"`;
  const { number, created } = await ensureIssue({
    octokit,
    log,
    ref,
    known: issues,
    matches: (marker) => marker.kind === REVIEW_KIND && marker["review"] === review,
    title,
    body,
  });
  return created ? `opened #${number} "${title}"` : `found #${number} already open`;
}
