import { describe, expect, it } from "vitest";
import { QuietHours } from "../../src/scheduler/quiet-hours.js";

const now = new Date("2025-11-24T08:07:00Z");
const ok = (wakeAt?: string) => ({
  home: "ada/learning",
  status: "ok" as const,
  detail: "",
  ...(wakeAt ? { wakeAt } : {}),
});

describe("QuietHours", () => {
  it("skips an installation until its earliest learner wake-up, then looks again", async () => {
    const quiet = new QuietHours();
    await quiet.record(7, [ok("2025-11-24T20:00:00Z"), ok("2025-11-25T06:00:00Z")], now);
    expect(await quiet.isQuiet(7, new Date("2025-11-24T19:59:59Z"))).toBe(true);
    expect(await quiet.isQuiet(7, new Date("2025-11-24T20:00:00Z"))).toBe(false);
    expect(await quiet.isQuiet(8, now)).toBe(false);
  });

  it("never sleeps past a day, nor at all after a failure or a learner without a wake-up", async () => {
    const quiet = new QuietHours();
    await quiet.record(1, [ok("2026-06-01T00:00:00Z")], now);
    expect(await quiet.isQuiet(1, new Date("2025-11-25T08:06:59Z"))).toBe(true);
    expect(await quiet.isQuiet(1, new Date("2025-11-25T08:07:00Z"))).toBe(false);
    await quiet.record(
      2,
      [ok("2025-12-01T08:00:00Z"), { home: "b/x", status: "failed", detail: "API down" }],
      now,
    );
    expect(await quiet.isQuiet(2, now)).toBe(false);
    await quiet.record(3, [ok("2025-12-01T08:00:00Z"), ok()], now);
    expect(await quiet.isQuiet(3, now)).toBe(false);
  });

  it("wakes an installation when a webhook says something changed", async () => {
    const quiet = new QuietHours();
    await quiet.record(7, [ok("2025-12-01T08:00:00Z")], now);
    await quiet.wake(7);
    expect(await quiet.isQuiet(7, now)).toBe(false);
  });
});
