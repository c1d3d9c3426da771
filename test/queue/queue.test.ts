import { describe, expect, it } from "vitest";
import { worldProblems } from "../../bench/scheduled/check.js";
import { writesOf } from "../stand-in/count.js";
import type { GitHubStandIn } from "../stand-in/server.js";
import { configPushDelivery } from "../stand-in/world/deliveries.js";
import { APP_LOGIN, buildWorld, WEEK8_DUE } from "../stand-in/world/index.js";
import { AppIdentity } from "../../src/github/app-identity.js";
import { checkpointApp } from "../../src/index.js";
import type { CheckpointQueue } from "../../src/queue/cluster.js";
import { until } from "../helpers/processes.js";
import { probotFor, queueFixtures, startWorker } from "../helpers/queue.js";
import { NO_REDIS, reportSkip } from "../helpers/redis.js";

/* Queue mode in one process, against a real Redis and the GitHub stand-in (helpers/queue.ts). */

reportSkip("test/queue/queue.test.ts");

const { standIn: startStandIn, queueOn, replicaOn } = queueFixtures();
let standIn: GitHubStandIn | undefined;

/** Requests that read a home's config: one per pass over that learner. */
const passesOver = (stand: GitHubStandIn, home: string) =>
  stand.requests.filter(
    (request) =>
      request.route === "GET /repos/{owner}/{repo}/contents/{path}" && request.repo === home,
  ).length;

describe.skipIf(NO_REDIS)("queue mode", () => {
  it("runs a tick through the queue: every learner once, in order, as one process would", async () => {
    const world = buildWorld({ logins: ["ada", "grace", "linus"], reposEach: 2 });
    standIn = await startStandIn({ world });
    const queue = await queueOn(11);
    // Two workers on one queue, as two replicas would be.
    startWorker(queue, probotFor(standIn));
    startWorker(queue, probotFor(standIn));

    const [first, second] = await Promise.all([
      queue.runTick(new Date(WEEK8_DUE), false),
      queue.runTick(new Date(WEEK8_DUE), false),
    ]);

    // Both runs for one instant are one tick: the same report, each learner once, in order.
    expect(first?.map((outcome) => `${outcome.home} ${outcome.status}`)).toEqual([
      "ada/learning ok",
      "grace/learning ok",
      "linus/learning ok",
    ]);
    expect(second).toEqual(first);
    expect(worldProblems(standIn.state)).toEqual([]);
    // Per learner: open week 8, comment on week 7, close it.
    expect(writesOf(standIn.requests)).toHaveLength(3 * 3);
  });

  it("runs a dry run on the workers and writes nothing", async () => {
    const world = buildWorld({ logins: ["ada"], reposEach: 1 });
    standIn = await startStandIn({ world });
    const queue = await queueOn(15);
    startWorker(queue, probotFor(standIn));

    const outcomes = await queue.runTick(new Date(WEEK8_DUE), true);

    expect(outcomes[0]?.detail).toContain('would open "Week 8 · Nov 17 – Nov 23, 2025"');
    expect(writesOf(standIn.requests)).toEqual([]);
  });

  it("runs an instant asked for again once its first run is over, instead of replaying it", async () => {
    const world = buildWorld({ logins: ["ada"], reposEach: 1 });
    standIn = await startStandIn({ world });
    const queue = await queueOn(15);
    startWorker(queue, probotFor(standIn));

    // GraphQL about one repository: the installation's one query for every config names none.
    const measured = () =>
      standIn?.requests.filter(
        (request) => request.route === "POST /graphql" && request.repo !== undefined,
      ).length;
    const first = await queue.runTick(new Date(WEEK8_DUE), true);
    // Her one code repository: the week's query (its feature branch is merged into main,
    // whose history holds it: no history of its own is asked for).
    expect(measured()).toBe(1);
    const again = await queue.runTick(new Date(WEEK8_DUE), true);

    expect(again).toEqual(first);
    // The second run measured the week again (its own children, not the first run's results).
    expect(measured()).toBe(2);
    expect((await queue.status()).fanningOut).toBe(0);
  });

  it("answers a burst of 50 pushes for one learner with at most 2 passes", async () => {
    const world = buildWorld({ logins: ["ada"], reposEach: 1 });
    standIn = await startStandIn({ world, latencyMs: 5 });
    const queue = await queueOn(13);
    const web = probotFor(standIn);
    await web.load(
      checkpointApp({
        identity: () => AppIdentity.known(APP_LOGIN),
        env: { CHECKPOINT_SCHEDULE: "off" },
        queue,
        worker: false,
      }),
    );
    const [ada] = world;
    if (!ada) throw new Error("no learner");
    // The worker runs while the pushes arrive, as in production.
    const worker = startWorker(queue, probotFor(standIn), new Date(WEEK8_DUE));

    for (let index = 0; index < 50; index++) {
      await web.receive(configPushDelivery(ada, `push-${index}`));
    }
    // Nothing ran inside the deliveries: they only enqueued. The burst is one pass, waiting
    // 2 s for more pushes; the test moves it forward instead of waiting the rest out.
    const debounced = await queue.queue.getDelayed();
    expect(debounced.map((job) => job.opts.delay)).toEqual([2_000]);
    await debounced[0]?.promote();
    const settled = async () => {
      const { waiting, active, delayed } = await queue.status();
      return waiting + active + delayed === 0;
    };
    await until(settled, 30_000);
    await worker.close();

    const passes = passesOver(standIn, "ada/learning");
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(passes).toBeLessThanOrEqual(2);
    expect(worldProblems(standIn.state)).toEqual([]);
  });

  it("shares quiet hours and permission answers between replicas through Redis", async () => {
    const one = await queueOn(14);
    const other = replicaOn(urlOf(one));
    const now = new Date("2025-11-24T08:07:00Z");
    await one
      .quietHours()
      .record(
        7,
        [{ home: "ada/learning", status: "ok", detail: "", wakeAt: "2025-11-24T20:00:00Z" }],
        now,
      );
    expect(await other.quietHours().isQuiet(7, now)).toBe(true);
    expect(await other.quietHours().isQuiet(7, new Date("2025-11-24T20:00:00Z"))).toBe(false);
    await other.quietHours().wake(7);
    expect(await one.quietHours().isQuiet(7, now)).toBe(false);
  });
});

function urlOf(queue: CheckpointQueue): string {
  const { host, port, db } = queue.redis.options;
  return `redis://${host}:${port}/${db ?? 0}`;
}
