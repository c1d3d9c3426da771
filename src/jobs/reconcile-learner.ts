import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { LoadedConfig } from "../github/config-file.js";
import { problemText } from "../config/problems.js";
import { consentNeeded } from "../domain/consent.js";
import { isKind, type IssueMarker } from "../domain/marker.js";
import { MISSING_START_DATE } from "../domain/schedule/course-start.js";
import { isoInstant, parseInstant } from "../domain/week/time.js";
import { nextWeekQuery, type NextWeekQuery } from "../domain/schedule/next-week.js";
import { planWeekly, type WeeklyAction } from "../domain/schedule/plan.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import { calendarFromConfig, type CourseCalendar } from "../domain/week/calendar.js";
import { nextIssue } from "../domain/week/next-issue.js";
import type { RepoRef } from "../github/issues.js";
import type { LedgerListing } from "../github/ledger-query.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { readLedger, type Ledger, type LedgerIssue } from "../ledger/read.js";
import { commentAndClose, ensureIssue, restoreLabels } from "../ledger/write.js";
import { consentIssue } from "../templates/consent.js";
import { welcomeDoneComment } from "../templates/welcome.js";
import { acknowledgeReviews } from "./acknowledge-review.js";
import { answerReplies } from "./answer-reply.js";
import { loadExpectations, startDateOf } from "./expectations.js";
import { awaitedLearner } from "./consent.js";
import { learnerLogin, type Home, type LearnerPass, type HomeFiles } from "./learner-pass.js";
import { reportConfig } from "./report-config.js";
import { openReview } from "./review.js";
import { answerCommands } from "./run-command.js";
import { closeWeek, openWeek, remindWeek } from "./weekly-issue.js";

export interface ReconcileParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  loaded: LoadedConfig;
  /** The repositories the installation can see, for `repositories: all`; listed when needed. */
  visible: () => Promise<readonly VisibleRepo[]>;
  now: Date;
  /** Decide and describe, but write nothing. */
  dryRun: boolean;
  /** The app's bot login: only what it wrote is Checkpoint's state. */
  bot: string;
  canWrite: WriteAccessCheck;
  /** An issue a webhook named, looked at even when closed (a command on it). */
  touched?: number;
  /** The home's files, when its installation's pass read them already. */
  read?: HomeFiles | undefined;
  /** The ledger's issues and open issues' comments, when read with the files and still standing. */
  listed?: LedgerListing | undefined;
  /** Told how the learner's next week will likely be measured, for a scheduler to remember. */
  rememberNextWeek?: ((next: NextWeekQuery) => void) | undefined;
}

export interface ReconcileOutcome {
  status: "ok" | "skipped" | "failed";
  /** What was done (or, in a dry run, would be), or why nothing was. */
  detail: string;
  /** Until when nothing can fall due for this learner without a webhook: see WeeklyPlan. */
  wakeAt?: string;
}

/** What a pass did, step by step: each step stands alone, so one failure never stops the rest. */
class Steps {
  readonly done: string[] = [];
  readonly failed: string[] = [];
  constructor(private readonly log: Logger) {}

  async run(name: string, work: () => Promise<string | undefined>): Promise<void> {
    try {
      const detail = await work();
      if (detail) this.done.push(detail);
    } catch (error) {
      this.log.error({ err: error, step: name }, "step failed");
      this.failed.push(`${name} failed: ${(error as Error).message}`);
    }
  }

  /** The pass stopped at a config problem: reported, and the learner stays due. */
  stoppedBy(problems: string[]): ReconcileOutcome {
    const detail = [...this.done, ...this.failed, `config problems: ${problems.join("; ")}`];
    return { status: "failed", detail: detail.join("; ") };
  }

  outcome(idle: string, wakeAt?: string, status: "ok" | "skipped" = "ok"): ReconcileOutcome {
    if (this.failed.length > 0) {
      return { status: "failed", detail: [...this.done, ...this.failed].join("; ") };
    }
    const detail = this.done.length > 0 ? this.done.join("; ") : idle;
    return { status, detail, ...(wakeAt ? { wakeAt } : {}) };
  }
}

/**
 * Brings one learner up to date at `now`, level-triggered: everything follows from what
 * GitHub holds, read through the ledger. It answers commands and replies not yet answered,
 * reports config problems, acknowledges review checklists, opens the latest completed
 * week, reminds, closes older weeks and opens reviews. Whatever a lost webhook, a crash or
 * a failed write left undone, the next pass does; whatever is done already, it leaves.
 */
export async function reconcileLearner(params: ReconcileParams): Promise<ReconcileOutcome> {
  const { octokit, log, home, loaded, dryRun, bot } = params;
  const ref = { owner: home.owner, repo: home.repo };
  let ledger = await readLedger({ octokit, ref, bot, listed: params.listed });
  const steps = new Steps(log);

  if (!dryRun) {
    await steps.run("label", async () => {
      const restored = await restoreLabels({ octokit, log, ledger });
      return restored.length > 0 ? `restored the label on #${restored.join(", #")}` : undefined;
    });
  }
  const learner = loaded.ok ? learnerLogin(loaded.config, home) : undefined;
  const awaiting = () => (learner ? awaitedLearner({ ledger, home, learner }) : undefined);
  let awaited = await awaiting();
  // Only repositories the learner can push to count, unless they own them all.
  const mayPush =
    learner && consentNeeded({ learner, owner: home.owner, ownerType: home.ownerType })
      ? (repo: RepoRef) => params.canWrite(octokit, { ...repo, login: learner })
      : undefined;
  // Commands first: a pause, a resume, a skip or a confirmation changes what is due.
  let changed = false;
  await steps.run("commands", async () => {
    const answered = await answerCommands({ ...params, ledger, awaiting: awaited, mayPush });
    changed = answered.changed;
    steps.failed.push(...answered.failed);
    return answered.done.length > 0 ? answered.done.join("; ") : undefined;
  });
  if (changed) {
    ledger = await readLedger({ octokit, ref, bot });
    awaited = await awaiting();
  }

  const report = (config: LoadedConfig) =>
    steps.run("config report", async () => {
      if (dryRun) return undefined;
      const result = await reportConfig({
        octokit,
        log,
        ledger,
        branch: home.defaultBranch,
        serverUrl: home.serverUrl,
        loaded: config,
      });
      return result === "fixed" ? "config problems fixed" : undefined;
    });
  if (!loaded.ok) {
    await report(loaded);
    return steps.stoppedBy(loaded.problems.map(problemText));
  }
  const config = loaded.config;
  const expectations = once(() =>
    loadExpectations({ octokit, home, config, ...(params.read ? { read: params.read } : {}) }),
  );
  const start = await startDateOf({ octokit, home, config, expectations });
  if (!start) {
    await report({ ok: false, problems: [MISSING_START_DATE] });
    return steps.stoppedBy([problemText(MISSING_START_DATE)]);
  }
  await report(loaded);
  if (awaited) return awaitConsent({ ...params, ledger, steps, learner: awaited });

  const pass: LearnerPass = {
    ...params,
    ledger,
    config,
    expectations,
    visible: once(params.visible),
    mayPush,
    prefetched: params.read?.weeks,
  };
  await steps.run("replies", () => answerReplies(pass));
  await steps.run("review checklist", () => acknowledgeReviews(pass));
  if (config.paused) return steps.outcome("paused", undefined, "skipped");

  const calendar = calendarFromConfig(config, start);
  const plan = planWeekly({
    calendar,
    now: params.now,
    issues: ledger.issues,
    reminderAfterDays: config.schedule.reminder_after_days,
  });
  for (const action of plan.actions) {
    await steps.run(action.kind, () => perform(pass, action));
  }
  const welcome = ledger.issues.find(
    (issue) => issue.state === "open" && issue.marker.kind === "welcome",
  );
  if (welcome) {
    const opened = plan.actions.some((action) => action.kind === "open-weekly");
    await steps.run("welcome", () => closeWelcome({ pass, issue: welcome, calendar, opened }));
  }
  if (params.rememberNextWeek && !mayPush && steps.failed.length === 0) {
    // Whose repositories count is only known by asking GitHub when the learner does not own them.
    const next = nextWeekQuery({
      calendar,
      current: plan.current,
      home: ref,
      setting: config.repositories,
      visible: await pass.visible(),
      login: learnerLogin(config, home),
    });
    if (next) params.rememberNextWeek(next);
  }
  return steps.outcome(`nothing to do: ${plan.idleReason ?? "up to date"}`, plan.wakeAt);
}

/**
 * Nothing about a learner who has not confirmed is measured or posted: one issue asks them
 * to, opened once (closed by someone, it is not opened again), and the pass stops there.
 */
async function awaitConsent(
  params: ReconcileParams & { ledger: Ledger; steps: Steps; learner: string },
): Promise<ReconcileOutcome> {
  const { ledger, steps, learner, home } = params;
  const isConsent = (marker: IssueMarker) =>
    isKind(marker, "consent") && marker.login.toLowerCase() === learner.toLowerCase();
  const asked = ledger.issues.find((issue) => isConsent(issue.marker));
  if (!asked && !params.dryRun) {
    await steps.run("consent", async () => {
      const { title, body } = consentIssue({ login: learner, owner: home.owner });
      const { number } = await ensureIssue({ ...params, matches: isConsent, title, body });
      return `asked ${learner} to confirm in #${number}`;
    });
  }
  // The learner's comment wakes the installation; else it is looked at again within a day.
  const wakeAt = isoInstant(parseInstant(params.now).plus({ days: 1 }));
  return steps.outcome(`waiting for ${learner} to confirm`, wakeAt, "skipped");
}

/** The config is in place: the welcome issue closes, saying when the first weekly issue comes. */
async function closeWelcome(params: {
  pass: LearnerPass;
  issue: LedgerIssue;
  calendar: CourseCalendar;
  opened: boolean;
}): Promise<string> {
  const { pass, issue, calendar } = params;
  if (pass.dryRun) return `would close the welcome issue #${issue.number}`;
  const body = welcomeDoneComment(params.opened ? undefined : nextIssue(calendar, pass.now));
  await commentAndClose({
    ...pass,
    issue,
    matches: (marker) => marker.kind === "welcome-done",
    body,
    reason: "completed",
  });
  return `closed the welcome issue #${issue.number}`;
}

/** Runs `load` once, on first use, and shares its answer. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

async function perform(pass: LearnerPass, action: WeeklyAction<LedgerIssue>): Promise<string> {
  switch (action.kind) {
    case "open-weekly":
      return openWeek({ ...pass, window: action.window, previous: action.previous });
    case "close-weekly":
      return closeWeek({ ...pass, issue: action.issue });
    case "remind":
      return remindWeek({ ...pass, issue: action.issue, window: action.window });
    case "open-review":
      return openReview({ ...pass, review: action.review, week: action.week });
  }
}
