import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GitHubStandIn } from "../stand-in/server.js";
import { startGitHubStandIn } from "../stand-in/server.js";
import { writesOf } from "../stand-in/count.js";
import { buildWorld, numberedLogins, WEEK8_DUE } from "../stand-in/world/index.js";
import { worldProblems } from "../../bench/scheduled/check.js";
import { CheckpointQueue } from "../../src/queue/cluster.js";
import { runCheckpoint, startWorkerProcess, until } from "../helpers/processes.js";
import { freshDatabase, NO_REDIS, reportSkip } from "../helpers/redis.js";

/*
 * Queue mode as it is deployed: three worker processes (`npm start` with
 * CHECKPOINT_ROLE=worker, each with its own TMPDIR) on one Redis, and `checkpoint run`
 * started twice at once, against one GitHub stand-in with network latency. 200 learners,
 * each with a home and three code repositories, week 7 open and week 8 due at WEEK8_DUE.
 *
 * By hand, per learner: week 8 opened once (1 write), week 7 summarised once and closed
 * (2 writes); 200 learners, 600 writes, and no reminder (week 8 is not yet late).
 */

reportSkip("test/queue/cluster.test.ts");

const LEARNERS = 200;
/** A killed worker's jobs go to the others after about this long. */
const LOCK_MS = 3_000;

let standIn: GitHubStandIn | undefined;
const children: ChildProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  await standIn?.close();
  standIn = undefined;
});

function baseEnv(redisUrl: string): NodeJS.ProcessEnv {
  const tmp = mkdtempSync(join(tmpdir(), "checkpoint-process-"));
  folders.push(tmp);
  return { PATH: process.env.PATH, REDIS_URL: redisUrl, TMPDIR: tmp, LOG_LEVEL: "warn" };
}

function startWorker(redisUrl: string, host: string): ChildProcess {
  const child = startWorkerProcess(redisUrl, host, {
    ...baseEnv(redisUrl),
    CHECKPOINT_LOCK_MS: String(LOCK_MS),
    CHECKPOINT_CONCURRENCY: "32",
  });
  // A worker's warnings and errors, shown with the test's output when it fails.
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  children.push(child);
  return child;
}

function runCli(redisUrl: string) {
  return runCheckpoint(["run", "--at", WEEK8_DUE], baseEnv(redisUrl), {
    started: (child) => children.push(child),
  });
}

async function threeWorkers(db: number, world: ReturnType<typeof buildWorld>) {
  const redisUrl = await freshDatabase(db);
  const stand = await startGitHubStandIn({ world, latencyMs: 10 });
  standIn = stand;
  const workers = [0, 1, 2].map(() => startWorker(redisUrl, stand.host));
  const watcher = CheckpointQueue.connect(redisUrl, { concurrency: 1, lockMs: LOCK_MS });
  try {
    await until(async () => (await watcher.status()).workers === 3);
  } finally {
    await watcher.close();
  }
  return { redisUrl, stand, workers };
}

/** Per home, how many times each kind of write was made: `{ "ada/learning": { "POST …": 1 } }`. */
function writesPerHome(stand: GitHubStandIn): Map<string, string> {
  const byHome = new Map<string, string[]>();
  for (const request of writesOf(stand.requests)) {
    const home = request.repo ?? "?";
    byHome.set(home, [...(byHome.get(home) ?? []), request.route]);
  }
  return new Map([...byHome].map(([home, routes]) => [home, routes.sort().join(" | ")]));
}

const ONE_WEEK_OF_WRITES = [
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
  "POST /repos/{owner}/{repo}/issues",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
].join(" | ");

describe.skipIf(NO_REDIS)("three worker processes on one Redis", () => {
  it("two runs at once: one weekly issue, one summary, no reminder per learner-week", async () => {
    const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: 3 });
    const { redisUrl, stand } = await threeWorkers(8, world);

    const [first, second] = await Promise.all([runCli(redisUrl), runCli(redisUrl)]);

    for (const run of [first, second]) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(LEARNERS + 1);
      expect(lines.at(-1)).toBe(`${LEARNERS} learners`);
      expect(lines.filter((line) => /^learner\d+\/learning: ok \(/.test(line))).toHaveLength(
        LEARNERS,
      );
    }
    expect(second.stdout).toBe(first.stdout);
    expect(worldProblems(stand.state)).toEqual([]);
    const writes = writesPerHome(stand);
    expect(writes.size).toBe(LEARNERS);
    expect([...writes.values()].filter((routes) => routes !== ONE_WEEK_OF_WRITES)).toEqual([]);
  }, 300_000);

  it("a worker killed mid-run: the others finish its learners, nothing lost, nothing twice", async () => {
    const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: 3 });
    const { redisUrl, stand, workers } = await threeWorkers(9, world);

    const running = runCli(redisUrl);
    // Mid-run: some weeks written, most not yet.
    await until(() => writesOf(stand.requests).length >= 60);
    workers[0]?.kill("SIGKILL");
    const run = await running;

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(`${LEARNERS} learners`);
    // Every learner's week 8 opened once, week 7 summarised once and closed: what GitHub holds.
    expect(worldProblems(stand.state)).toEqual([]);
  }, 300_000);

  it("SIGTERM: a worker stops taking jobs, finishes the one it runs, and exits 0", async () => {
    const redisUrl = await freshDatabase(5);
    const stand = await startGitHubStandIn({
      world: buildWorld({ logins: ["ada"], reposEach: 1 }),
      latencyMs: 150,
    });
    standIn = stand;
    const worker = startWorker(redisUrl, stand.host);
    const exited = new Promise<number | null>((resolve) => worker.on("exit", resolve));
    const queue = CheckpointQueue.connect(redisUrl, { concurrency: 1, lockMs: LOCK_MS });
    try {
      await until(async () => (await queue.status()).workers === 1);
      void queue.runTick(new Date(WEEK8_DUE), false).catch(() => undefined);
      const learnerRunning = async () =>
        (await queue.queue.getActive()).some((job) => job.data.kind === "learner");
      await until(learnerRunning);
      worker.kill("SIGTERM");

      expect(await exited).toBe(0);
      // Her pass ran to its end before the process left: week 8 open, week 7 closed.
      const learners = (await queue.queue.getCompleted()).filter((j) => j.data.kind === "learner");
      expect(
        learners.map((job) => (job.returnvalue as { status: string } | null)?.status),
      ).toContain("ok");
      expect(await queue.queue.getActive()).toEqual([]);
      expect(await queue.queue.getFailed()).toEqual([]);
      expect(worldProblems(stand.state)).toEqual([]);
    } finally {
      await queue.close();
    }
  }, 60_000);
});
