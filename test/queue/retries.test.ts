import { describe, expect, it } from "vitest";
import { worldProblems } from "../../bench/scheduled/check.js";
import { buildWorld, WEEK8_DUE } from "../stand-in/world/index.js";
import { probotFor, promoteRetries, queueFixtures, startWorker } from "../helpers/queue.js";
import { NO_REDIS, reportSkip } from "../helpers/redis.js";

/*
 * A learner's pass that failed, tried again on the queue (in one process, against a real
 * Redis and the GitHub stand-in: helpers/queue.ts). The retry is BullMQ's own; the test
 * moves it forward instead of waiting out its 5 seconds of backoff.
 */

reportSkip("test/queue/retries.test.ts");

const { standIn: startStandIn, queueOn } = queueFixtures();

describe.skipIf(NO_REDIS)("queue mode, a failed pass", () => {
  it("retries a learner whose pass failed, and the run reports it done", async () => {
    const world = buildWorld({ logins: ["ada", "grace"], reposEach: 1 });
    const standIn = await startStandIn({ world });
    // The first weekly issue opened, whoever's it is, is refused once.
    standIn.state.faults.push({
      route: "POST /repos/{owner}/{repo}/issues",
      status: 403,
      times: 1,
    });
    const queue = await queueOn(12);
    startWorker(queue, probotFor(standIn));

    const stopPromoting = promoteRetries(queue);
    let promoted = 0;
    let outcomes;
    try {
      outcomes = await queue.runTick(new Date(WEEK8_DUE), false);
    } finally {
      promoted = await stopPromoting();
    }

    // One learner's job failed once and waited for its retry.
    expect(promoted).toBe(1);

    const refused = standIn.requests.filter((request) => request.status === 403);
    expect(refused).toHaveLength(1);
    expect(outcomes.map((outcome) => `${outcome.home} ${outcome.status}`)).toEqual([
      "ada/learning ok",
      "grace/learning ok",
    ]);
    // The refused learner's second attempt opened the week once; nothing twice.
    expect(worldProblems(standIn.state)).toEqual([]);
    expect((await queue.status()).failed).toBe(0);
  });
});
