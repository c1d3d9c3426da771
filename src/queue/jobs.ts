import type { JobsOptions } from "bullmq";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import type { Home, HomeFiles } from "../jobs/learner-pass.js";

/** The one queue every replica shares. */
export const QUEUE_NAME = "checkpoint";
/** The job scheduler whose jobs are the cluster's ticks. */
export const TICK_SCHEDULER = "tick";

/** A pass over every installation, at `at` (or, from the job scheduler, its fire time). */
export interface TickJob {
  kind: "tick";
  at?: number;
  dryRun: boolean;
  /** Skip installations known to have nothing due (the scheduled tick; never `checkpoint run`). */
  quiet: boolean;
  /** The accounts of its installations, in order, once fanned out. */
  accounts?: string[];
  /** When a worker first took it, for the tick's duration. */
  startedAt?: number;
}

/** Every learner of one installation. */
export interface InstallationJob {
  kind: "installation";
  installation: number;
  account: string;
  at: number;
  dryRun: boolean;
  quiet: boolean;
  /** Welcome this login when the installation turns out to have no learner (a new installation). */
  welcome?: string;
  /** Its learners' homes, in order, once fanned out. */
  homes?: string[];
  /** The repositories it saw, for its learners' passes. */
  visible?: VisibleRepo[];
}

/** One learner; `at` unset means "now", as a webhook asks. */
export interface LearnerJob {
  kind: "learner";
  installation: number;
  home: Home;
  at?: number;
  dryRun: boolean;
  touched?: number;
  /** The installation job that listed its installation's repositories (kept there once). */
  listedBy?: string;
  /** The home's files as its installation job read them with the others', in one query. */
  read?: HomeFiles;
}

export type CheckpointJob = TickJob | InstallationJob | LearnerJob;

/** Finished jobs are kept this long, for `checkpoint queue` and for runs waiting on a result. */
const KEEP_COMPLETED = { age: 3_600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3_600, count: 10_000 };

/** Retries within a tick are quick: the next tick is the real backstop. */
const TICK_ATTEMPTS = { attempts: 3, backoff: { type: "exponential", delay: 5_000 } } as const;
/**
 * A webhook's pass is tried for longer, as in one process (1, 2, 4 minutes): GitHub never
 * redelivers, and a comment should not wait for the next tick.
 */
const WEBHOOK_ATTEMPTS = { attempts: 4, backoff: { type: "exponential", delay: 60_000 } } as const;

/** How long a webhook's pass waits for more webhooks about the same learner. */
const WEBHOOK_DEBOUNCE_MS = 2_000;

export const jobOptions = {
  /** `checkpoint run --at`: two runs for the same instant at once are one job. */
  run(at: number, dryRun: boolean): JobsOptions {
    return {
      jobId: `run-${at}${dryRun ? "-dry" : ""}`,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  },
  /** The scheduler's tick (no id or retries: the scheduler names it, and the next tick retries). */
  tick(): JobsOptions {
    return { removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };
  },
  /**
   * A child of a fan-out, named by its parent so that a parent run again after a crash adds
   * nothing twice. A failed child does not fail its parent: the parent reports it.
   */
  child(
    parent: { id?: string; queueQualifiedName: string; timestamp: number },
    name: string,
  ): JobsOptions {
    const parentId = parent.id ?? "";
    return {
      // The parent's creation time in the id: a parent run again after a crash finds its own
      // children, while a new parent of the same name (the same run asked for again) never
      // inherits an old one's, finished or failed.
      jobId: `${parentId.replaceAll(":", "_")}.${parent.timestamp}.${name}`,
      parent: { id: parentId, queue: parent.queueQualifiedName },
      ignoreDependencyOnFailure: true,
      ...TICK_ATTEMPTS,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  },
  /**
   * A webhook's pass over a learner, debounced: it waits `WEBHOOK_DEBOUNCE_MS`, and each
   * webhook about the learner meanwhile takes its place, so a burst of pushes is one pass.
   * One arriving while that pass runs makes exactly one more after it.
   */
  webhook(learner: string, touched?: number): JobsOptions {
    const id = `learner-${learner.toLowerCase()}-${touched ?? ""}`;
    return {
      delay: WEBHOOK_DEBOUNCE_MS,
      // keepLastIfActive: one arriving once the pass has started is never dropped.
      deduplication: { id, keepLastIfActive: true, replace: true },
      ...WEBHOOK_ATTEMPTS,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  },
  /** A new installation, or repositories added to one. */
  installationChange(): JobsOptions {
    return { ...WEBHOOK_ATTEMPTS, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };
  },
};
