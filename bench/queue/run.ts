import type { ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { Redis } from "ioredis";
import { pino } from "pino";
import { createNodeMiddleware, Probot } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { checkpointApp } from "../../src/index.js";
import { CheckpointQueue } from "../../src/queue/cluster.js";
import { TEST_PRIVATE_KEY, TEST_WEBHOOK_SECRET } from "../../test/helpers/probot.js";
import { startWorkerProcess } from "../../test/helpers/processes.js";
import { startGitHubStandIn, type GitHubStandIn } from "../../test/stand-in/server.js";
import { writesOf } from "../../test/stand-in/count.js";
import { configPushDelivery } from "../../test/stand-in/world/deliveries.js";
import {
  APP_LOGIN,
  buildWorld,
  numberedLogins,
  WEEK8_DUE,
  type BenchLearner,
} from "../../test/stand-in/world/index.js";
import { worldProblems } from "../scheduled/check.js";
import { benchRedis } from "./redis-server.js";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const WEBHOOKS = 200;
const WEBHOOK_GAP_MS = 25;

/** A worker process with the heap the Dockerfile and the systemd unit give it. */
function startWorker(redisUrl: string, host: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { LOG_LEVEL: "error", NODE_OPTIONS: "--max-old-space-size=192" };
  return startWorkerProcess(redisUrl, host, env, "inherit");
}

/** A process's peak resident set (Linux's VmHWM), in MiB. */
function peakRssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** The web role in this process, behind a real HTTP server: deliveries are only enqueued. */
async function startWeb(queue: CheckpointQueue, standIn: GitHubStandIn): Promise<Server> {
  const probot = new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    secret: TEST_WEBHOOK_SECRET,
    baseUrl: standIn.baseUrl,
    Octokit: CheckpointOctokit,
    log: pino({ level: "silent" }),
  });
  const app = checkpointApp({
    identity: () => AppIdentity.known(APP_LOGIN),
    env: { CHECKPOINT_SCHEDULE: "off" },
    queue,
    worker: false,
  });
  const middleware = await createNodeMiddleware(app, { probot });
  const server = createServer((request, response) => void middleware(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Delivers a signed push for each learner, one every WEBHOOK_GAP_MS; each one's round trip in ms. */
async function deliver(server: Server, learners: BenchLearner[]): Promise<number[]> {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const times: number[] = [];
  for (const [index, learner] of learners.entries()) {
    // To a code repository: each is a real pass (config looked for, none found) that leaves
    // the world as the tick makes it, whatever today's date in the worker processes.
    const code = learner.repos[0]?.name ?? learner.home.name;
    const delivery = configPushDelivery(learner, `bench-${index}`, code);
    const body = JSON.stringify(delivery.payload);
    const signature = createHmac("sha256", TEST_WEBHOOK_SECRET).update(body).digest("hex");
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "push",
        "x-github-delivery": delivery.id,
        "x-hub-signature-256": `sha256=${signature}`,
      },
      body,
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status >= 300) throw new Error(`delivery answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, WEBHOOK_GAP_MS));
  }
  return times;
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

/** One cluster of `count` worker processes: a tick for every learner while webhooks arrive. */
async function cluster(redisUrl: string, count: number): Promise<void> {
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: 3 });
  const standIn = await startGitHubStandIn({ world, latencyMs: LATENCY_MS });
  const queue = CheckpointQueue.connect(redisUrl, { concurrency: 1, lockMs: 30_000 });
  const workers = Array.from({ length: count }, () => startWorker(redisUrl, standIn.host));
  const web = await startWeb(queue, standIn);
  try {
    while ((await queue.status()).workers < count) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const started = performance.now();
    const [outcomes, acks] = await Promise.all([
      queue.runTick(new Date(WEEK8_DUE), false),
      deliver(web, world.slice(0, WEBHOOKS)),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const tickRequests = standIn.requests.length;
    // Then the webhooks' own passes (debounced, after the tick's) finish.
    for (;;) {
      const { waiting, active, delayed } = await queue.status();
      if (waiting + active + delayed === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const completed = await queue.queue.getJobCountByTypes("completed");
    const sorted = [...acks].sort((a, b) => a - b);
    const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
    console.log(`${count} worker${count === 1 ? "" : "s"} (concurrency 32 each):`);
    console.log(
      `  tick: ${outcomes.length} learners (${failed} failed) in ${seconds.toFixed(1)} s; ` +
        `${(completed / seconds).toFixed(1)} jobs/s (${completed} jobs, webhook passes included)`,
    );
    console.log(
      `  requests per learner-week: ${(tickRequests / LEARNERS).toFixed(2)} ` +
        `(during the tick, webhook passes included); writes ${writesOf(standIn.requests).length}`,
    );
    console.log(
      `  webhook acknowledged (${acks.length} pushes, workers busy): ` +
        `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
    );
    console.log(
      `  peak RSS: workers ${workers.map((w) => peakRssMiB(w.pid).toFixed(0)).join(", ")} MiB; ` +
        `web + stand-in ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`,
    );
    const problems = worldProblems(standIn.state);
    if (problems.length > 0) throw new Error(`world wrong:\n  ${problems.join("\n  ")}`);
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    web.close();
    await queue.close();
    await standIn.close();
  }
}

/**
 * Queue mode (BullMQ on Redis) with 1 and then 3 worker processes: a cohort's tick, worked by
 * the workers, while a push per learner arrives at the web role over HTTP.
 */
export async function queueBenchmark(): Promise<void> {
  const redis = await benchRedis();
  if (!redis) {
    console.log(
      "skipped: no REDIS_URL and no redis-server to start (apt-get install redis-server)",
    );
    return;
  }
  try {
    console.log(`learners ${LEARNERS} × 3 repositories; latency ${LATENCY_MS} ms`);
    await cluster(redis.url, 1);
    await cluster(redis.url, 3);
  } finally {
    redis.stop();
  }
}
