import { Queue, QueueEvents, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import { writeAccessCheck, type WriteAccessCheck } from "../github/permissions.js";
import type { Home } from "../jobs/learner-pass.js";
import type { LearnerOutcome } from "../jobs/reconcile-installation.js";
import type { Health } from "../observe/health.js";
import { QuietHours } from "../scheduler/quiet-hours.js";
import { jobOptions, QUEUE_NAME, TICK_SCHEDULER, type CheckpointJob } from "./jobs.js";
import { RedisLanes } from "./lease.js";
import { processJob } from "./process.js";
import { connectRedis, RedisMemory } from "./redis.js";

/**
 * How many jobs one worker process runs at once (in one process without Redis: how many
 * installations). A learner's pass mostly waits (on GitHub, and on the spacing GitHub asks
 * between writes), so many can share one process.
 */
export const DEFAULT_CONCURRENCY = 32;
/**
 * How long a job (and a learner's lease) stays with a worker that stopped answering: a
 * killed replica's jobs go to another after about this long. BullMQ's default.
 */
export const DEFAULT_LOCK_MS = 30_000;
/** Longer than any one learner's pass, by far: past this a waiting job fails and is retried. */
const LEASE_WAIT_MS = 10 * 60_000;

export interface QueueSettings {
  concurrency: number;
  lockMs: number;
}

/** `CHECKPOINT_CONCURRENCY` and `CHECKPOINT_LOCK_MS`, or their defaults; nonsense is an error. */
export function queueSettingsFromEnv(env: NodeJS.ProcessEnv): QueueSettings {
  return {
    concurrency: positiveInteger(env, "CHECKPOINT_CONCURRENCY", DEFAULT_CONCURRENCY),
    lockMs: positiveInteger(env, "CHECKPOINT_LOCK_MS", DEFAULT_LOCK_MS),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`${name}="${text}" is not a positive whole number`);
  return Number(text);
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  /** Parents waiting for their children: ticks and installations part-way through. */
  fanningOut: number;
  failed: number;
  workers: number;
  /** When the cluster's next tick is due, if a schedule is set. */
  nextTick?: Date;
  recentFailures: { id: string; name: string; failedAt?: Date; reason: string }[];
}

/**
 * Checkpoint on Redis: one BullMQ queue shared by every replica, the cluster's schedule,
 * and the memory the replicas share. Webhooks enqueue; workers (in any replica) run.
 */
export class CheckpointQueue {
  readonly queue: Queue<CheckpointJob>;
  readonly memory: RedisMemory;
  readonly #closing: (() => Promise<void>)[] = [];

  private constructor(
    readonly redis: Redis,
    readonly settings: QueueSettings,
  ) {
    this.queue = new Queue<CheckpointJob>(QUEUE_NAME, { connection: redis });
    this.memory = new RedisMemory(redis);
  }

  static connect(url: string, settings: QueueSettings): CheckpointQueue {
    return new CheckpointQueue(connectRedis(url), settings);
  }

  /** The permission cache every replica shares. */
  writeAccessCheck(): WriteAccessCheck {
    return writeAccessCheck(this.memory);
  }

  /** The quiet-hours memory every replica shares. */
  quietHours(): QuietHours {
    return new QuietHours(this.memory);
  }

  /** A webhook asks for a learner's pass: enqueued, debounced, at once. */
  async enqueueLearner(params: { installation: number; home: Home; touched?: number }) {
    const { installation, home, touched } = params;
    await this.queue.add(
      "learner",
      { kind: "learner", installation, home, dryRun: false, ...(touched ? { touched } : {}) },
      jobOptions.webhook(`${home.owner}/${home.repo}`, touched),
    );
  }

  /** A new installation, or repositories added to one: every learner, and a welcome if none. */
  async enqueueInstallation(params: {
    installation: number;
    account: string;
    at: Date;
    welcome?: string;
  }) {
    const { installation, account, at, welcome } = params;
    await this.queue.add(
      "installation",
      {
        kind: "installation",
        installation,
        account,
        at: at.getTime(),
        dryRun: false,
        quiet: false,
        ...(welcome ? { welcome } : {}),
      },
      jobOptions.installationChange(),
    );
  }

  /** The cluster's schedule: one tick per `expression`, whatever the number of replicas; none for `off`. */
  async applySchedule(expression: string | undefined): Promise<void> {
    if (!expression) {
      await this.queue.removeJobScheduler(TICK_SCHEDULER);
      return;
    }
    await this.queue.upsertJobScheduler(
      TICK_SCHEDULER,
      { pattern: expression },
      { name: "tick", data: { kind: "tick", dryRun: false, quiet: true }, opts: jobOptions.tick() },
    );
  }

  /**
   * `checkpoint run --at` on the cluster: one tick for that instant, worked by the workers,
   * and its outcomes once every learner is done. Two runs for the same instant share one tick.
   */
  async runTick(at: Date, dryRun: boolean): Promise<LearnerOutcome[]> {
    // QueueEvents blocks on its connection, so it has its own (and BullMQ leaves it open).
    const connection = this.redis.duplicate();
    const events = new QueueEvents(QUEUE_NAME, { connection });
    try {
      await events.waitUntilReady();
      const options = jobOptions.run(at.getTime(), dryRun);
      // A run for this instant that already finished (or failed) is done again, not reported
      // again: only runs in progress are shared.
      const earlier = await this.queue.getJob(options.jobId ?? "");
      if (earlier && ((await earlier.isCompleted()) || (await earlier.isFailed()))) {
        await earlier.remove();
      }
      const job = await this.queue.add(
        "tick",
        { kind: "tick", at: at.getTime(), dryRun, quiet: false },
        options,
      );
      return (await job.waitUntilFinished(events)) as LearnerOutcome[];
    } finally {
      await events.close();
      await connection.quit().catch(() => undefined);
    }
  }

  /** Starts a worker in this process; `close()` lets its active jobs finish first. */
  startWorker(params: {
    probot: Probot;
    log: Logger;
    identity: AppIdentity;
    clock: () => Date;
    health?: Health;
  }): Worker<CheckpointJob> {
    const { lockMs, concurrency } = this.settings;
    const lanes = new RedisLanes(this.redis, {
      ttlMs: lockMs,
      maxWaitMs: LEASE_WAIT_MS,
      pollMs: 200,
    });
    const log = params.log.child({ name: "worker" });
    const worker = new Worker<CheckpointJob>(
      QUEUE_NAME,
      processJob({
        ...params,
        log,
        canWrite: this.writeAccessCheck(),
        lanes,
        quiet: this.quietHours(),
        queue: this.queue,
      }),
      {
        connection: this.redis,
        concurrency,
        lockDuration: lockMs,
        stalledInterval: Math.max(1_000, lockMs / 2),
      },
    );
    worker.on("failed", (job, error) =>
      log.warn(
        { job: job?.id, name: job?.name, attempt: job?.attemptsMade, err: error },
        "job failed",
      ),
    );
    worker.on("error", (error) => log.error({ err: error }, "worker error"));
    this.#closing.push(() => worker.close());
    log.info({ concurrency, lockMs }, "worker started");
    return worker;
  }

  async status(): Promise<QueueStatus> {
    const counts = await this.queue.getJobCounts(
      "waiting",
      "active",
      "delayed",
      "failed",
      "waiting-children",
      "prioritized",
    );
    const scheduler = await this.queue.getJobScheduler(TICK_SCHEDULER);
    const failed = await this.queue.getFailed(0, 9);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      fanningOut: counts["waiting-children"] ?? 0,
      failed: counts.failed ?? 0,
      workers: (await this.queue.getWorkers()).length,
      ...(scheduler?.next ? { nextTick: new Date(scheduler.next) } : {}),
      recentFailures: failed.map((job) => ({
        id: job.id ?? "",
        name: job.name,
        ...(job.finishedOn ? { failedAt: new Date(job.finishedOn) } : {}),
        reason: job.failedReason,
      })),
    };
  }

  /** Puts every failed job back in line; returns how many there were. */
  async retryFailed(): Promise<number> {
    const failed = await this.queue.getJobCountByTypes("failed");
    await this.queue.retryJobs({ state: "failed" });
    return failed;
  }

  /** Whether Redis answers, for `/healthz`. */
  async redisUp(): Promise<boolean> {
    // A down Redis leaves commands queued, not failed: give it two seconds to answer.
    const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 2_000, false).unref());
    const ping = this.redis.ping().then(
      (answer) => answer === "PONG",
      () => false,
    );
    return Promise.race([ping, timeout]);
  }

  /** Stops this process's workers (active jobs finish first), then lets go of Redis. */
  async close(): Promise<void> {
    await Promise.all(this.#closing.map((close) => close()));
    await this.queue.close();
    await this.redis.quit().catch(() => undefined);
  }
}
