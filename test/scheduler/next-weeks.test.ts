import { afterEach, describe, expect, it } from "vitest";
import { WEEK8_DUE } from "../stand-in/world/index.js";
import { NextWeeks } from "../../src/scheduler/next-weeks.js";
import { closeWorld, graceWorld, scheduled } from "../ledger/world.js";

/*
 * The scheduler remembers each learner's next week, so the pass that finds it due asks it
 * with the installation's files: the same week, measured the same, one request fewer.
 */

afterEach(closeWorld);

const FIVE_DAYS_BEFORE = new Date(Date.parse(WEEK8_DUE) - 5 * 86_400_000).toISOString();

/** Week 8's issue in grace/learning after the runs, and the operations week 8's run asked. */
async function week8(withMemory: boolean) {
  const { gh } = await graceWorld();
  const nextWeeks = withMemory ? new NextWeeks() : undefined;
  await scheduled(gh, FIVE_DAYS_BEFORE, undefined, nextWeeks);
  const before = gh.requests.length;
  const outcomes = await scheduled(gh, WEEK8_DUE, undefined, nextWeeks);
  const asked = gh.requests.slice(before).filter((request) => request.learner === "grace");
  const issue = gh.state.repos.get("grace/learning")?.issues.find((one) => one.number === 2);
  return { outcomes, asked, issue };
}

describe("a learner's next week remembered by the scheduler", () => {
  it("is read with the installation's files when due, and measured as if read on its own", async () => {
    const remembered = await week8(true);
    await closeWorld();
    const alone = await week8(false);

    const operations = (run: typeof alone) =>
      run.asked.flatMap((request) => (request.operation ? [request.operation] : []));
    expect(operations(alone)).toEqual(["CheckpointFiles", "CheckpointActivity"]);
    expect(operations(remembered)).toEqual(["CheckpointFiles"]);
    expect(remembered.asked).toHaveLength(alone.asked.length - 1);
    expect(remembered.issue?.title).toBe("Week 8 · Nov 17 – Nov 23, 2025");
    expect(remembered.issue?.body).toBe(alone.issue?.body);
    expect(remembered.outcomes).toEqual(alone.outcomes);
  });

  it("is forgotten for an installation whose pass no longer tells it", () => {
    const weeks = new NextWeeks();
    const next = {
      home: "grace/learning",
      repos: [{ owner: "grace", repo: "blog" }],
      login: "grace",
      since: "2025-11-02T23:00:00Z",
      windowEnd: "2025-11-23T23:00:00Z",
      dueAt: WEEK8_DUE,
    };
    weeks.recorder(7)(next);
    expect(weeks.of(7)).toEqual([next]);
    expect(weeks.of(8)).toEqual([]);
    // The next pass over installation 7 hears nothing (say, Grace paused): nothing stays.
    weeks.recorder(7);
    expect(weeks.of(7)).toEqual([]);
  });
});
