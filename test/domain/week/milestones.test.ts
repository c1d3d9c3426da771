import { describe, expect, it } from "vitest";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";
import {
  courseMilestones,
  isFinalDue,
  isMidpointDue,
} from "../../../src/domain/week/milestones.js";

// Starts Tue 2025-09-30, 24 weeks, Monday 09:00 Lagos (08:00Z); week n posts on Oct 6 + 7(n − 1).
const lagos: CourseCalendar = {
  startDate: "2025-09-30",
  weeks: 24,
  timezone: "Africa/Lagos",
  weekly: { day: "monday", time: "09:00" },
};

describe("courseMilestones", () => {
  it.each([
    // Default midpoint: Sep 30 + floor(168/2) = 84 days = Tue Dec 23; next Monday Dec 29 = Oct 6 + 84 → week 13.
    ["default midpoint", {}, 13, "2025-12-29T08:00:00Z"],
    // Mon Dec 15 = Oct 6 + 70 is itself a posting day → week 11.
    ["a midpoint on a posting day", { midpoint: "2025-12-15" }, 11, "2025-12-15T08:00:00Z"],
    // Sun Dec 14 → Mon Dec 15, week 11.
    [
      "a midpoint the day before a posting day",
      { midpoint: "2025-12-14" },
      11,
      "2025-12-15T08:00:00Z",
    ],
    // Tue Dec 16 → Mon Dec 22, week 12.
    [
      "a midpoint the day after a posting day",
      { midpoint: "2025-12-16" },
      12,
      "2025-12-22T08:00:00Z",
    ],
    // Before the course: no earlier posting than week 1's (Oct 6).
    ["a midpoint before the course", { midpoint: "2025-09-01" }, 1, "2025-10-06T08:00:00Z"],
    // Start Mon Sep 29: + 84 days = Mon Dec 22, a posting day; Oct 6 + 77 → week 12, exactly half of 24.
    ["a Monday start", { startDate: "2025-09-29" }, 12, "2025-12-22T08:00:00Z"],
  ])("%s", (_case, override: Partial<CourseCalendar>, week, postAt) => {
    expect(courseMilestones({ ...lagos, ...override }).midpoint).toEqual({ week, postAt });
  });

  it("rounds half a course down to whole days", () => {
    // Start Fri Oct 3, 3 weeks: floor(21/2) = 10 days → Mon Oct 13, a posting day (week 2).
    // Rounding up would give Tue Oct 14 and week 3.
    const short: CourseCalendar = { ...lagos, startDate: "2025-10-03", weeks: 3 };
    expect(courseMilestones(short)).toEqual({
      midpoint: { week: 2, postAt: "2025-10-13T08:00:00Z" },
      // Week 3 covers Oct 13 – Oct 19 and posts Mon Oct 20.
      final: { week: 3, postAt: "2025-10-20T08:00:00Z" },
    });
  });

  it("gives the final review the posting that closes the last week", () => {
    // Week 24 covers Mar 9 – Mar 15, 2026 and posts Mon Mar 16 (Oct 6 + 161 days).
    expect(courseMilestones(lagos).final).toEqual({ week: 24, postAt: "2026-03-16T08:00:00Z" });
  });

  it("lets a one-week course hold both reviews in week 1", () => {
    // floor(7/2) = 3 days → Fri Oct 3 → Mon Oct 6, which also closes week 1.
    expect(courseMilestones({ ...lagos, weeks: 1 })).toEqual({
      midpoint: { week: 1, postAt: "2025-10-06T08:00:00Z" },
      final: { week: 1, postAt: "2025-10-06T08:00:00Z" },
    });
  });
});

describe("isMidpointDue / isFinalDue", () => {
  it.each([
    ["2025-12-29T07:59:59Z", false, false],
    ["2025-12-29T08:00:00Z", true, false],
    ["2026-03-16T07:59:59Z", true, false],
    ["2026-03-16T08:00:00Z", true, true],
  ])("at %s midpoint due: %s, final due: %s", (now, midpoint, final) => {
    expect(isMidpointDue(lagos, now)).toBe(midpoint);
    expect(isFinalDue(lagos, now)).toBe(final);
  });

  it("accepts a Date", () => {
    expect(isMidpointDue(lagos, new Date("2025-12-29T08:00:00Z"))).toBe(true);
  });
});
