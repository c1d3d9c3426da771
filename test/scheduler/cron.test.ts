import { afterEach, describe, expect, it, vi } from "vitest";
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
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ticks with the instant it fired for, and survives a failing tick", async () => {
    // node-cron's clock, timers and Date alike, moved by hand: two seconds pass in no time.
    vi.useFakeTimers({ now: new Date("2025-11-24T08:00:00.500Z") });
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
    // Each timer fires late, as under load: the clock reads 200 ms and more past its second.
    await vi.advanceTimersByTimeAsync(400);
    vi.setSystemTime(new Date("2025-11-24T08:00:01.200Z"));
    await vi.advanceTimersByTimeAsync(1_000);
    vi.setSystemTime(new Date("2025-11-24T08:00:02.250Z"));
    await vi.advanceTimersByTimeAsync(1_000);
    await task.destroy();
    // It fired at 08:00:01 and 08:00:02, each tick told its own second.
    expect(ticks.slice(0, 2).map((tick) => tick.toISOString())).toEqual([
      "2025-11-24T08:00:01.000Z",
      "2025-11-24T08:00:02.000Z",
    ]);
    expect(lines.join("")).toContain("GitHub is down");
  });
});
