import { describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import { calendarFromConfig, firstPostingDay } from "../../../src/domain/week/calendar.js";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";

describe("calendarFromConfig", () => {
  it("copies the course and schedule fields and takes the resolved start date", () => {
    const config = configSchema.parse({
      course: { timezone: "Africa/Lagos", weeks: 12, midpoint: "2025-12-01" },
      schedule: { weekly: { day: "sunday", time: "18:30" } },
    });
    expect(calendarFromConfig(config, "2025-09-30")).toEqual({
      startDate: "2025-09-30",
      weeks: 12,
      timezone: "Africa/Lagos",
      weekly: { day: "sunday", time: "18:30" },
      midpoint: "2025-12-01",
    });
  });

  it("carries the schema defaults: 24 weeks, UTC, Monday 09:00, no midpoint", () => {
    const calendar = calendarFromConfig(configSchema.parse({}), "2025-09-30");
    expect(calendar).toEqual({
      startDate: "2025-09-30",
      weeks: 24,
      timezone: "UTC",
      weekly: { day: "monday", time: "09:00" },
    });
    expect(calendar.midpoint).toBeUndefined();
  });
});

describe("firstPostingDay", () => {
  const base: CourseCalendar = {
    startDate: "2025-09-30",
    weeks: 24,
    timezone: "UTC",
    weekly: { day: "monday", time: "09:00" },
  };

  it.each([
    // Tue Sep 30 → next Monday.
    ["2025-09-30", "monday", "2025-10-06"],
    // Start on the posting weekday: a week later, so the start's own window holds it.
    ["2025-09-29", "monday", "2025-10-06"],
    // Sun Oct 5 → the very next day.
    ["2025-10-05", "monday", "2025-10-06"],
    // Tue Sep 30 → Wed Oct 1.
    ["2025-09-30", "wednesday", "2025-10-01"],
    // Tue Sep 30 → Tue Oct 7, a full week.
    ["2025-09-30", "tuesday", "2025-10-07"],
    // Wed Dec 31, 2025 → Sun Jan 4, 2026.
    ["2025-12-31", "sunday", "2026-01-04"],
  ] as const)("start %s, posting %s → %s", (startDate, day, expected) => {
    expect(firstPostingDay({ ...base, startDate, weekly: { day, time: "09:00" } })).toBe(expected);
  });
});
