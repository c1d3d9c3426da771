import { pino } from "pino";
import { Probot } from "probot";
import { afterEach } from "vitest";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import { APP_LOGIN, WEEK8_DUE } from "../stand-in/world/index.js";
import { AppIdentity } from "../../src/github/app-identity.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { CheckpointQueue } from "../../src/queue/cluster.js";
import { TEST_PRIVATE_KEY } from "./probot.js";
import { freshDatabase } from "./redis.js";

/*
 * Queue mode in one process, against a real Redis and the GitHub stand-in over HTTP: the
 * same world as `checkpoint run`'s test (each learner's week 7 open, week 8 due at WEEK8_DUE).
 */

const SILENT = pino({ level: "silent" });
const SETTINGS = { concurrency: 8, lockMs: 5_000 };

/**
 * Checkpoint's Octokit without its throttling: these tests are about jobs, and one write a
 * second per installation would only make them wait. Spacing has tests of its own
 * (write-spacing.test.ts), and `npm run test:cluster` keeps it, across processes on Redis.
 */
const UnthrottledOctokit = CheckpointOctokit.defaults(
  (options: ConstructorParameters<typeof CheckpointOctokit>[0] = {}) => ({
    ...options,
    throttle: { ...options.throttle, enabled: false },
  }),
);

/** A Probot app for the stand-in, with Checkpoint's Octokit (unthrottled). */
export function probotFor(stand: GitHubStandIn): Probot {
  return new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    baseUrl: stand.baseUrl,
    Octokit: UnthrottledOctokit,
    log: SILENT,
  });
}

/** A worker in this process, its clock stopped at `now` (by default WEEK8_DUE). */
export function startWorker(queue: CheckpointQueue, probot: Probot, now?: Date) {
  return queue.startWorker({
    probot,
    log: SILENT,
    identity: AppIdentity.known(APP_LOGIN),
    clock: () => now ?? new Date(WEEK8_DUE),
  });
}

/** Stand-ins and queues a test file opens, each closed after its test. */
export function queueFixtures() {
  const queues: CheckpointQueue[] = [];
  const stands: GitHubStandIn[] = [];
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    await Promise.all(stands.splice(0).map((stand) => stand.close()));
  });
  /** A queue on the Redis at `url`, as a replica connects. */
  const replicaOn = (url: string): CheckpointQueue => {
    const queue = CheckpointQueue.connect(url, SETTINGS);
    queues.push(queue);
    return queue;
  };
  return {
    async standIn(options: Parameters<typeof startGitHubStandIn>[0]): Promise<GitHubStandIn> {
      const stand = await startGitHubStandIn(options);
      stands.push(stand);
      return stand;
    },
    /** A queue on Redis database `db`, emptied first: one database per test file. */
    queueOn: async (db: number) => replicaOn(await freshDatabase(db)),
    replicaOn,
  };
}

/**
 * Moves each job that waits out a retry's backoff back in line as soon as it fails, until
 * `stop` is called, which answers how many it moved: BullMQ's own retry, without its
 * seconds of waiting.
 */
export function promoteRetries(queue: CheckpointQueue): () => Promise<number> {
  let promoted = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const job of await queue.queue.getDelayed()) {
        if (job.attemptsMade === 0) continue;
        await job.promote();
        promoted += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return promoted;
  };
}
