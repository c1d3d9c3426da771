import { WaitingChildrenError, type Job, type Queue } from "bullmq";
import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import { listInstallationRepos } from "../github/installation-repos.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import type { Lanes } from "../jobs/lanes.js";
import {
  candidateHomes,
  fullNameOf,
  homesWithConfig,
  reconcileHome,
  type LearnerOutcome,
} from "../jobs/reconcile-installation.js";
import { activeInstallations, installationFailed } from "../jobs/active-installations.js";
import { welcomeLearner } from "../jobs/welcome.js";
import type { Health } from "../observe/health.js";
import { tickDone } from "../observe/endpoints.js";
import type { QuietHours } from "../scheduler/quiet-hours.js";
import {
  jobOptions,
  type CheckpointJob,
  type InstallationJob,
  type LearnerJob,
  type TickJob,
} from "./jobs.js";

/** What a worker needs: the same pieces as the one-process app, with shared lanes and memory. */
export interface WorkerDeps {
  probot: Probot;
  log: Logger;
  identity: AppIdentity;
  canWrite: WriteAccessCheck;
  lanes: Lanes;
  quiet: QuietHours;
  clock: () => Date;
  queue: Queue<CheckpointJob>;
  /** Where a finished tick is recorded, for `/healthz` and `/metrics`. */
  health?: Health;
}

type Token = string | undefined;

/**
 * The work of one job. A tick fans out to its installations and an installation to its
 * learners, as BullMQ children that any replica may take; the parent then waits for them
 * (BullMQ's waiting-children step) and reports their outcomes in order. A learner's pass is
 * the same reconcile as in one process; a failed one is thrown, so that BullMQ retries it.
 */
export function processJob(deps: WorkerDeps) {
  return async (job: Job<CheckpointJob>, token: Token): Promise<unknown> => {
    const data = job.data;
    switch (data.kind) {
      case "tick":
        return tick(job as Job<TickJob>, data, token, deps);
      case "installation":
        return installation(job as Job<InstallationJob>, data, token, deps);
      case "learner":
        return learner(data, deps);
    }
  };
}

async function tick(
  job: Job<TickJob>,
  data: TickJob,
  token: Token,
  deps: WorkerDeps,
): Promise<LearnerOutcome[]> {
  // A scheduled tick acts for the instant it was due, however late a worker takes it.
  const at = data.at ?? job.opts.prevMillis ?? job.timestamp;
  if (!data.accounts) {
    const installations = await activeInstallations(deps.probot, deps.identity);
    const children = installations.map((item, index) => ({
      name: "installation",
      data: {
        kind: "installation" as const,
        installation: item.id,
        account: item.account,
        at,
        dryRun: data.dryRun,
        quiet: data.quiet,
      },
      opts: jobOptions.child(job, `i${index}`),
    }));
    // Children first: a worker killed in between leaves a job that adds them again (same ids).
    await deps.queue.addBulk(children);
    await job.updateData({
      ...data,
      at,
      accounts: installations.map((i) => i.account),
      startedAt: deps.clock().getTime(),
    });
  }
  await waitForChildren(job, token);
  const accounts = (job.data.accounts ?? []) as string[];
  const results = await childResults<LearnerOutcome[]>(job, accounts.length, "i");
  const outcomes = results.flatMap((result, index) =>
    "value" in result ? result.value : [installationFailed(accounts[index] ?? "", result.error)],
  );
  const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
  deps.log.info({ at: new Date(at).toISOString(), learners: outcomes.length, failed }, "tick done");
  if (deps.health && !data.dryRun) {
    const finished = deps.clock();
    const started = job.data.startedAt ?? finished.getTime();
    await tickDone(deps.health, outcomes, (finished.getTime() - started) / 1000, finished);
  }
  return outcomes;
}

async function installation(
  job: Job<InstallationJob>,
  data: InstallationJob,
  token: Token,
  deps: WorkerDeps,
): Promise<LearnerOutcome[]> {
  const now = new Date(data.at);
  if (!data.homes) {
    if (data.quiet && (await deps.quiet.isQuiet(data.installation, now))) return [];
    const octokit = await deps.probot.auth(data.installation);
    const repositories = await listInstallationRepos(octokit);
    const visible = repositories.map(({ owner, name, archived }) => ({ owner, name, archived }));
    // Only repositories holding a config become learner jobs: all read in one query.
    const homes = await homesWithConfig(octokit, candidateHomes(repositories));
    const children = homes.map(({ home, read }, index) => ({
      name: "learner",
      data: {
        kind: "learner" as const,
        installation: data.installation,
        home,
        at: data.at,
        dryRun: data.dryRun,
        listedBy: job.id ?? "",
        read,
      },
      opts: jobOptions.child(job, `l${index}`),
    }));
    await deps.queue.addBulk(children);
    await job.updateData({
      ...data,
      homes: homes.map(({ home }) => fullNameOf(home)),
      visible,
    });
  }
  await waitForChildren(job, token);
  const homes = job.data.homes ?? [];
  const results = await childResults<LearnerOutcome | null>(job, homes.length, "l");
  const outcomes = results.flatMap((result, index): LearnerOutcome[] => {
    if (!("value" in result)) {
      return [{ home: homes[index] ?? "", status: "failed", detail: result.error }];
    }
    return result.value ? [result.value] : [];
  });
  if (data.quiet && !data.dryRun) await deps.quiet.record(data.installation, outcomes, now);
  if (data.welcome && outcomes.length === 0) {
    const octokit = await deps.probot.auth(data.installation);
    const bot = await deps.identity.login();
    const log = deps.log.child({ installation: data.installation });
    const result = await welcomeLearner({ octokit, log, login: data.welcome, bot });
    log.info({ result }, "installation without a config");
  }
  return outcomes;
}

async function learner(data: LearnerJob, deps: WorkerDeps): Promise<LearnerOutcome | null> {
  const octokit = await deps.probot.auth(data.installation);
  const listing = data.listedBy ? await deps.queue.getJob(data.listedBy) : undefined;
  const visible = listing?.data.kind === "installation" ? listing.data.visible : undefined;
  const outcome = await reconcileHome({
    octokit,
    log: deps.log.child({ installation: data.installation }),
    now: data.at === undefined ? deps.clock() : new Date(data.at),
    dryRun: data.dryRun,
    bot: await deps.identity.login(),
    canWrite: deps.canWrite,
    lanes: deps.lanes,
    home: data.home,
    read: data.read,
    ...(visible ? { visible: async () => visible } : {}),
    ...(data.touched === undefined ? {} : { touched: data.touched }),
  });
  if (outcome?.status === "failed") throw new Error(outcome.detail);
  return outcome ?? null;
}

/** Parks the job until its children are done (BullMQ runs it again then); returns when they are. */
async function waitForChildren(job: Job<CheckpointJob>, token: Token): Promise<void> {
  if (await job.moveToWaitingChildren(token ?? "")) throw new WaitingChildrenError();
}

type ChildResult<T> = { value: T } | { error: string };

/** The results of a parent's children named `<prefix><index>`, in order. */
async function childResults<T>(
  job: Job<CheckpointJob>,
  count: number,
  prefix: string,
): Promise<ChildResult<T>[]> {
  const values = await job.getChildrenValues<T>();
  const failures = await job.getIgnoredChildrenFailures();
  return Array.from({ length: count }, (_, index) => {
    const key = `${job.queueQualifiedName}:${jobOptions.child(job, `${prefix}${index}`).jobId}`;
    if (key in values) return { value: values[key] as T };
    return { error: failures[key] ?? "no result" };
  });
}
