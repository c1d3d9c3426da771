import { describe, expect, it } from "vitest";
import { LearnerLanes } from "../../src/jobs/lanes.js";

/** A piece of work that records when it starts and ends, and finishes when told. */
function step(name: string, log: string[]) {
  let finish: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const work = async () => {
    log.push(`${name} starts`);
    try {
      await done;
    } finally {
      log.push(`${name} ends`);
    }
    return name;
  };
  return { work, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("learner lanes", () => {
  it("run one learner's work one after the other, whatever the case of its name", async () => {
    const lanes = new LearnerLanes();
    const log: string[] = [];
    const first = step("webhook", log);
    const second = step("tick", log);
    const a = lanes.run("ada/learning", first.work);
    const b = lanes.run("Ada/Learning", second.work);
    await tick();
    expect(log).toEqual(["webhook starts"]);
    first.finish();
    await tick();
    second.finish();
    expect(await Promise.all([a, b])).toEqual(["webhook", "tick"]);
    expect(log).toEqual(["webhook starts", "webhook ends", "tick starts", "tick ends"]);
  });

  it("run different learners side by side", async () => {
    const lanes = new LearnerLanes();
    const log: string[] = [];
    const ada = step("ada", log);
    const grace = step("grace", log);
    const a = lanes.run("ada/learning", ada.work);
    const g = lanes.run("grace/learning", grace.work);
    await tick();
    expect(log).toEqual(["ada starts", "grace starts"]);
    ada.finish();
    grace.finish();
    await Promise.all([a, g]);
  });

  it("go on after a failure: the next piece of work still runs, and the failure reaches its caller", async () => {
    const lanes = new LearnerLanes();
    const log: string[] = [];
    const broken = step("broken", log);
    const next = step("next", log);
    const a = lanes.run("ada/learning", broken.work);
    const b = lanes.run("ada/learning", next.work);
    broken.fail(new Error("502"));
    await expect(a).rejects.toThrow("502");
    next.finish();
    expect(await b).toBe("next");
    expect(log).toEqual(["broken starts", "broken ends", "next starts", "next ends"]);
  });

  it("tell whether work on a learner ended since a reading, so what was read then still stands", async () => {
    const lanes = new LearnerLanes();
    const read = performance.now();
    expect(lanes.untouchedSince("ada/learning", read)).toBe(true);
    const webhook = step("webhook", []);
    const running = lanes.run("ada/learning", webhook.work);
    await tick();
    // Running, not ended: the lane is held, so nothing read after it could be used yet.
    expect(lanes.untouchedSince("ada/learning", read)).toBe(true);
    webhook.finish();
    await running;
    await tick();
    expect(lanes.untouchedSince("Ada/Learning", read)).toBe(false);
    expect(lanes.untouchedSince("grace/learning", read)).toBe(true);
    // Read after the work ended: it stands.
    expect(lanes.untouchedSince("ada/learning", performance.now())).toBe(true);
  });

  it("hold no reading older than a minute to stand", () => {
    const lanes = new LearnerLanes();
    expect(lanes.untouchedSince("ada/learning", performance.now() - 60_001)).toBe(false);
  });
});
