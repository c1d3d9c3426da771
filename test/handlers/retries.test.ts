import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { RETRY_DELAYS_MS, Retries, type Timer } from "../../src/handlers/retries.js";

/** A timer the test drives: what waits, for how long, and a way to fire it. */
function manualTimer() {
  const waiting: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const timer: Timer = (run, ms) => {
    const entry = { run, ms, cancelled: false };
    waiting.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  const fire = async () => {
    const next = waiting.find((entry) => !entry.cancelled);
    if (!next) throw new Error("nothing waits");
    next.cancelled = true;
    next.run();
    // Let the retried pass settle.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const pending = () => waiting.filter((entry) => !entry.cancelled).map((entry) => entry.ms);
  return { timer, fire, pending };
}

const log = pino({ level: "silent" });

describe("retrying a failed webhook pass", () => {
  it("waits 1, then 5, then 25 minutes, then leaves the learner to the scheduler", async () => {
    const { timer, fire, pending } = manualTimer();
    const retries = new Retries(log, timer);
    let tries = 0;
    const again = async () => {
      tries += 1;
      return false;
    };
    retries.failed("ada/learning", again);
    expect(pending()).toEqual([60_000]);
    await fire();
    expect(pending()).toEqual([300_000]);
    await fire();
    expect(pending()).toEqual([1_500_000]);
    await fire();
    expect(pending()).toEqual([]);
    expect(tries).toBe(RETRY_DELAYS_MS.length);
  });

  it("stops once a retry succeeds, and a pass that succeeds otherwise cancels the wait", async () => {
    const { timer, fire, pending } = manualTimer();
    const retries = new Retries(log, timer);
    let fail = true;
    retries.failed("ada/learning", async () => !fail);
    await fire();
    expect(pending()).toEqual([300_000]);
    fail = false;
    await fire();
    expect(pending()).toEqual([]);

    retries.failed("grace/learning", async () => false);
    retries.succeeded("Grace/Learning");
    expect(pending()).toEqual([]);
  });

  it("keeps one retry per learner however many webhooks fail meanwhile", () => {
    const { timer, pending } = manualTimer();
    const retries = new Retries(log, timer);
    for (let i = 0; i < 5; i += 1) retries.failed("ada/learning", async () => false);
    retries.failed("grace/learning", async () => false);
    expect(pending()).toEqual([60_000, 60_000]);
  });
});
