import { describe, expect, it } from "vitest";
import { measureStreak } from "../../../src/domain/measures/streak.js";
import type { MeasureWindow } from "../../../src/domain/measures/window.js";

// Monday 17 – Sunday 23 November 2025 in Lagos (UTC+1).
const window: MeasureWindow = {
  interval: { start: "2025-11-16T23:00:00Z", end: "2025-11-23T23:00:00Z" },
  timezone: "Africa/Lagos",
  days: ["17", "18", "19", "20", "21", "22", "23"].map((day) => `2025-11-${day}`),
};
const allWeek = window.days;
/** 12:00 UTC (13:00 in Lagos) on each given November day. */
const noonsOn = (...days: number[]) =>
  days.map((day) => `2025-11-${String(day).padStart(2, "0")}T12:00:00Z`);

describe("measureStreak", () => {
  it.each([
    {
      name: "runs back across the window start through late-night earlier commits",
      active: allWeek,
      // 22:30Z on the 16th is 23:30 local on the 16th; 23:30Z on the 14th is 00:30 on the 15th
      earlier: ["2025-11-16T22:30:00Z", "2025-11-14T23:30:00Z"],
      lookbackDays: 14,
      // 7 window days + 16th + 15th = 9
      expected: { days: 9, capped: false, since: "2025-11-15" },
    },
    {
      name: "is 0 when the window's last day had no commit",
      active: allWeek.slice(0, 6),
      earlier: noonsOn(16),
      lookbackDays: 14,
      expected: { days: 0, capped: false },
    },
    {
      name: "stops at a gap inside the window",
      active: ["2025-11-17", "2025-11-21", "2025-11-22", "2025-11-23"],
      earlier: noonsOn(16),
      lookbackDays: 14,
      expected: { days: 3, capped: false, since: "2025-11-21" },
    },
    {
      name: "stops at a gap in the look-back",
      active: allWeek,
      earlier: noonsOn(16, 14, 13),
      lookbackDays: 14,
      expected: { days: 8, capped: false, since: "2025-11-16" },
    },
    {
      name: "is capped when it reaches the look-back bound",
      active: allWeek,
      // bound = 17 − 3 = the 14th; 23:30Z on the 13th is 00:30 on the 14th (inside), while
      // 22:30Z on the 13th is 23:30 on the 13th (beyond the bound, ignored)
      earlier: [...noonsOn(16, 15), "2025-11-13T23:30:00Z", "2025-11-13T22:30:00Z"],
      lookbackDays: 3,
      expected: { days: 10, capped: true, since: "2025-11-14" },
    },
    {
      name: "is not capped when it stops the day after the bound",
      active: allWeek,
      earlier: noonsOn(16, 15),
      lookbackDays: 3,
      expected: { days: 9, capped: false, since: "2025-11-15" },
    },
    {
      name: "reads as 21+ days with a two-week look-back and every day active",
      active: allWeek,
      earlier: noonsOn(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16),
      lookbackDays: 14,
      expected: { days: 21, capped: true, since: "2025-11-03" },
    },
    {
      name: "takes window days from the window's commits only, never from earlier instants",
      active: ["2025-11-21", "2025-11-22", "2025-11-23"],
      // an instant on Thursday 20th passed as "earlier" (a merge, say) does not bridge the gap
      earlier: noonsOn(20, 19, 16),
      lookbackDays: 14,
      expected: { days: 3, capped: false, since: "2025-11-21" },
    },
    {
      name: "is capped at the window with no look-back",
      active: allWeek,
      earlier: [],
      lookbackDays: 0,
      expected: { days: 7, capped: true, since: "2025-11-17" },
    },
  ])("$name", ({ active, earlier, lookbackDays, expected }) => {
    expect(
      measureStreak({ activeDates: active, earlierCommitTimes: earlier, window, lookbackDays }),
    ).toEqual(expected);
  });
});
