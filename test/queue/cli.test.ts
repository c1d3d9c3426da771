import { Worker } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { CheckpointQueue } from "../../src/queue/cluster.js";
import { QUEUE_NAME } from "../../src/queue/jobs.js";
import { until } from "../helpers/processes.js";
import { freshDatabase, NO_REDIS, reportSkip } from "../helpers/redis.js";

reportSkip("test/queue/cli.test.ts");

function capture(env: NodeJS.ProcessEnv): Io & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (text) => lines.push(...text.split("\n")),
    err: (text) => lines.push(...text.split("\n")),
    env,
    cwd: process.cwd(),
  };
}

const queues: CheckpointQueue[] = [];
afterEach(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.close()));
});

describe("checkpoint queue", () => {
  it("says there is no queue without REDIS_URL", async () => {
    const io = capture({});
    expect(await main(["queue"], io)).toBe(2);
    expect(io.lines[0]).toBe(
      "checkpoint queue: REDIS_URL is not set: there is no queue without Redis",
    );
  });

  it.skipIf(NO_REDIS)(
    "shows the schedule and a failed job with its error, and retries it",
    async () => {
      const url = await freshDatabase(6);
      const cluster = CheckpointQueue.connect(url, { concurrency: 1, lockMs: 5_000 });
      queues.push(cluster);
      await cluster.applySchedule("7 * * * *");
      // A pass that failed for good: GitHub answered 502 each time.
      const connection = cluster.redis.duplicate();
      const failing = new Worker(
        QUEUE_NAME,
        async () => {
          throw new Error("GitHub answered 502");
        },
        { connection },
      );
      const job = await cluster.queue.add(
        "learner",
        {
          kind: "learner",
          installation: 1,
          home: {
            owner: "ada",
            repo: "learning",
            ownerType: "User",
            defaultBranch: "main",
            serverUrl: "https://github.com",
          },
          dryRun: false,
        },
        { jobId: "learner-ada" },
      );
      while ((await cluster.status()).failed === 0) await new Promise((r) => setTimeout(r, 20));
      await failing.close();
      await connection.quit();
      // Redis drops a closed client from its list a moment later on a loaded machine.
      await until(async () => (await cluster.status()).workers === 0, 10_000);

      const io = capture({ REDIS_URL: url });
      expect(await main(["queue"], io)).toBe(1);
      const nextTick = (await cluster.status()).nextTick;
      // The next :07 after now, as the cron expression says.
      expect(nextTick?.getUTCMinutes()).toBe(7);
      // The next tick waits in Redis as a delayed job.
      expect(io.lines.slice(0, 3)).toEqual([
        "waiting 0, active 0, delayed 1, failed 1",
        "workers connected: 0",
        `next tick: ${nextTick?.toISOString()}`,
      ]);
      expect(io.lines.slice(3, 5)).toEqual(["", "last failures:"]);
      expect(io.lines[5]).toMatch(
        /^ {2}learner learner-ada at \d{4}-\d\d-\d\dT[\d:.]+Z: GitHub answered 502$/,
      );

      const retry = capture({ REDIS_URL: url });
      expect(await main(["queue", "--retry-failed"], retry)).toBe(0);
      expect(retry.lines).toEqual(["1 failed job back in line"]);
      expect(await job.getState()).toBe("waiting");
    },
  );
});
