import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { LoadedConfig } from "../config/load.js";
import { formatProblem } from "../config/problems.js";
import type { CheckpointConfig } from "../config/schema.js";
import { MISSING_START_DATE, resolveStartDate } from "../domain/schedule/course-start.js";
import { planWeekly, type WeeklyAction } from "../domain/schedule/plan.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import { calendarFromConfig, nextIssue, type CourseCalendar } from "../domain/week/index.js";
import {
  closeIssue,
  comment,
  listOwnIssues,
  type OwnIssue,
  type RepoRef,
} from "../github/issues.js";
import { WELCOME_KIND, welcomeDoneComment } from "../templates/welcome.js";
import { loadExpectations, type LoadedExpectations } from "./expectations.js";
import { openReview } from "./review.js";
import { closeWeek, openWeek, remindWeek } from "./weekly-issue.js";
import { reportConfig } from "./report-config.js";

/** A learner's home repository: where their config lives and their issues go. */
export interface Home extends RepoRef {
  defaultBranch: string;
  /** e.g. https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
}

export interface ReconcileParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  loaded: LoadedConfig;
  /** The repositories the installation can see, for `repositories: all`. */
  visible: readonly VisibleRepo[];
  now: Date;
  /** Decide and describe, but write nothing. */
  dryRun: boolean;
}

export interface ReconcileOutcome {
  status: "ok" | "skipped" | "failed";
  /** What was done (or, in a dry run, would be), or why nothing was. */
  detail: string;
  /** Until when nothing can fall due for this learner without a webhook: see WeeklyPlan. */
  wakeAt?: string;
}

/**
 * Brings one learner up to date at `now`: reports config problems, then opens the weekly
 * issue of the latest completed week and closes the weeks before it. Everything it knows
 * comes from GitHub, so any number of runs, in any number of processes, converge.
 */
export async function reconcileLearner(params: ReconcileParams): Promise<ReconcileOutcome> {
  const { octokit, log, home, loaded, dryRun } = params;
  const ref = { owner: home.owner, repo: home.repo };
  const issues = await listOwnIssues(octokit, ref);
  const report = (config: LoadedConfig) =>
    dryRun
      ? undefined
      : reportConfig({
          octokit,
          log,
          ref,
          branch: home.defaultBranch,
          serverUrl: home.serverUrl,
          loaded: config,
          issues,
        });

  if (!loaded.ok) {
    await report(loaded);
    return failedConfig(loaded.problems.map(formatProblem));
  }
  const config = loaded.config;
  if (config.paused) return { status: "skipped", detail: "paused" };

  const expectations = once(() => loadExpectations({ octokit, home, config }));
  const start = await startDateOf({ octokit, home, config, expectations });
  if (!start) {
    const problems = [{ path: "", message: MISSING_START_DATE }];
    await report({ ok: false, problems });
    return failedConfig([MISSING_START_DATE]);
  }
  await report(loaded);

  const calendar = calendarFromConfig(config, start);
  const plan = planWeekly({
    calendar,
    now: params.now,
    issues,
    reminderAfterDays: config.schedule.reminder_after_days,
  });
  const done: string[] = [];
  const failed: string[] = [];
  // Each action stands alone: a week that cannot be measured still lets the last one close.
  for (const action of plan.actions) {
    try {
      done.push(await perform({ ...params, action, config, calendar, issues, expectations }));
    } catch (error) {
      log.error({ err: error, action: action.kind }, "action failed");
      failed.push(`${action.kind} failed: ${(error as Error).message}`);
    }
  }
  const welcome = issues.find(
    (issue) => issue.state === "open" && issue.marker.kind === WELCOME_KIND,
  );
  if (welcome) {
    done.push(
      await closeWelcome({
        ...params,
        ref,
        issue: welcome,
        calendar,
        opened: plan.actions.some((a) => a.kind === "open-weekly"),
      }),
    );
  }
  if (failed.length > 0) return { status: "failed", detail: [...done, ...failed].join("; ") };
  const detail =
    done.length > 0 ? done.join("; ") : `nothing to do: ${plan.idleReason ?? "up to date"}`;
  return { status: "ok", detail, wakeAt: plan.wakeAt };
}

/** The config is in place: the welcome issue closes, saying when the first weekly issue comes. */
async function closeWelcome(
  params: ReconcileParams & {
    ref: RepoRef;
    issue: OwnIssue;
    calendar: CourseCalendar;
    opened: boolean;
  },
): Promise<string> {
  const { octokit, ref, issue, calendar } = params;
  if (params.dryRun) return `would close the welcome issue #${issue.number}`;
  const body = welcomeDoneComment(params.opened ? undefined : nextIssue(calendar, params.now));
  await comment(octokit, { ...ref, issue_number: issue.number, body });
  await closeIssue(octokit, { ...ref, issue_number: issue.number, reason: "completed" });
  return `closed the welcome issue #${issue.number}`;
}

function failedConfig(problems: string[]): ReconcileOutcome {
  return { status: "failed", detail: `config problems: ${problems.join("; ")}` };
}

/** The course start: from the config, else from the expectation document. */
export async function startDateOf(params: {
  octokit: ProbotOctokit;
  home: Home;
  config: CheckpointConfig;
  expectations?: () => Promise<LoadedExpectations>;
}): Promise<string | undefined> {
  const { config } = params;
  if (config.course.start_date) return config.course.start_date;
  const loaded = await (params.expectations ?? (() => loadExpectations(params)))();
  return resolveStartDate(config, loaded.document)?.date;
}

/** Runs `load` once, on first use, and shares its answer. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

type PerformParams = ReconcileParams & {
  action: WeeklyAction;
  config: CheckpointConfig;
  calendar: CourseCalendar;
  issues: OwnIssue[];
  expectations: () => Promise<LoadedExpectations>;
};

async function perform(params: PerformParams): Promise<string> {
  const { action } = params;
  switch (action.kind) {
    case "open-weekly":
      return openWeek({ ...params, window: action.window, previous: action.previous });
    case "close-weekly":
      return closeWeek({ ...params, issue: action.issue });
    case "remind":
      return remindWeek({ ...params, issue: action.issue, window: action.window });
    case "open-review":
      return openReview({ ...params, review: action.review, week: action.week });
  }
}
