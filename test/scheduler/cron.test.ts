import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, scheduleFromEnv, startScheduler } from "../../src/scheduler/cron.js";
import { captureLogger } from "../helpers/probot.js";

describe("scheduleFromEnv", () => {
  it.each([
    [{}, DEFAULT_SCHEDULE],
    [{ CHECKPOINT_SCHEDULE: "" }, DEFAULT_SCHEDULE],
    [{ CHECKPOINT_SCHEDULE: "*/15 * * * *" }, "*/15 * * * *"],
    [{ CHECKPOINT_SCHEDULE: "off" }, undefined],
  ])("%j gives %s", (env, expected) => {
    expect(scheduleFromEnv(env)).toBe(expected);
  });

  it("names the variable and the field of a malformed expression", () => {
    expect(() => scheduleFromEnv({ CHECKPOINT_SCHEDULE: "61 * * * *" })).toThrow(
      'CHECKPOINT_SCHEDULE="61 * * * *" is not a cron expression (minute: 61 is a invalid expression for minute)',
    );
  });
});

describe("startScheduler", () => {
  it("ticks with the instant it fired for, and survives a failing tick", async () => {
    const { log, lines } = captureLogger();
    const ticks: Date[] = [];
    // Every second (node-cron's six-field form), so the test sees two ticks quickly.
    const task = startScheduler({
      expression: "* * * * * *",
      log,
      tick: async (now) => {
        ticks.push(now);
        if (ticks.length === 1) throw new Error("GitHub is down");
      },
    });
    const deadline = Date.now() + 5_000;
    while (ticks.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await task.destroy();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const [first, second] = ticks as [Date, Date];
    expect(second.getTime() - first.getTime()).toBeGreaterThanOrEqual(1000);
    expect(lines.join("")).toContain("GitHub is down");
  });
});
