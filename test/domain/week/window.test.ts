import { describe, expect, it } from "vitest";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";
import {
  latestCompletedWeek,
  localDaysOf,
  previousWeek,
  weekNumbered,
} from "../../../src/domain/week/window.js";

// The learner's own course: starts Tue 2025-09-30, issues Monday 09:00 in Lagos (UTC+1, no DST).
const lagos: CourseCalendar = {
  startDate: "2025-09-30",
  weeks: 24,
  timezone: "Africa/Lagos",
  weekly: { day: "monday", time: "09:00" },
};

describe("weekNumbered in Africa/Lagos", () => {
  it.each([
    // Week 1 holds Tue Sep 30: Mon Sep 29 – Sun Oct 5; local midnights are 23:00Z the day before; posted Mon Oct 6 09:00+01 = 08:00Z.
    [
      1,
      "2025-09-29",
      "2025-10-05",
      "2025-09-28T23:00:00Z",
      "2025-10-05T23:00:00Z",
      "2025-10-06T08:00:00Z",
      "Sep 29 – Oct 5, 2025",
    ],
    // One week later: Oct 6 – Oct 12, posted Oct 13.
    [
      2,
      "2025-10-06",
      "2025-10-12",
      "2025-10-05T23:00:00Z",
      "2025-10-12T23:00:00Z",
      "2025-10-13T08:00:00Z",
      "Oct 6 – Oct 12, 2025",
    ],
    // Seven weeks (49 days) after week 1: Sep 29 + 49 = Nov 17, posted Mon Nov 24.
    [
      8,
      "2025-11-17",
      "2025-11-23",
      "2025-11-16T23:00:00Z",
      "2025-11-23T23:00:00Z",
      "2025-11-24T08:00:00Z",
      "Nov 17 – Nov 23, 2025",
    ],
    // Sep 29 + 91 days = Dec 29; the window runs into 2026, posted Mon Jan 5.
    [
      14,
      "2025-12-29",
      "2026-01-04",
      "2025-12-28T23:00:00Z",
      "2026-01-04T23:00:00Z",
      "2026-01-05T08:00:00Z",
      "Dec 29, 2025 – Jan 4, 2026",
    ],
    // Week 0 is the week before the course, posted on Mon Sep 29 itself.
    [
      0,
      "2025-09-22",
      "2025-09-28",
      "2025-09-21T23:00:00Z",
      "2025-09-28T23:00:00Z",
      "2025-09-29T08:00:00Z",
      "Sep 22 – Sep 28, 2025",
    ],
    // Week -1, one more week back.
    [
      -1,
      "2025-09-15",
      "2025-09-21",
      "2025-09-14T23:00:00Z",
      "2025-09-21T23:00:00Z",
      "2025-09-22T08:00:00Z",
      "Sep 15 – Sep 21, 2025",
    ],
  ])("week %i covers %s to %s", (n, firstDay, lastDay, start, end, postAt, label) => {
    expect(weekNumbered(lagos, n)).toEqual({
      number: n,
      firstDay,
      lastDay,
      interval: { start, end },
      postAt,
      label,
    });
  });

  it("steps back one week with previousWeek", () => {
    // Week 8 is Nov 17 – Nov 23, so week 7 is Nov 10 – Nov 16.
    const week7 = previousWeek(lagos, weekNumbered(lagos, 8));
    expect([week7.number, week7.firstDay, week7.lastDay]).toEqual([7, "2025-11-10", "2025-11-16"]);
  });

  it("refuses a fractional week number", () => {
    expect(() => weekNumbered(lagos, 1.5)).toThrow(/integer/);
  });
});

describe("week 1 holds the start date whichever weekday it is", () => {
  it.each([
    // A start on the posting weekday opens that day's window.
    ["2025-09-29", "2025-09-29", "2025-10-05"],
    ["2025-10-01", "2025-09-29", "2025-10-05"],
    // A Sunday start is the last day of its window.
    ["2025-10-05", "2025-09-29", "2025-10-05"],
    ["2025-10-06", "2025-10-06", "2025-10-12"],
  ])("start %s → week 1 is %s – %s", (startDate, firstDay, lastDay) => {
    const week1 = weekNumbered({ ...lagos, startDate }, 1);
    expect([week1.firstDay, week1.lastDay]).toEqual([firstDay, lastDay]);
  });
});

describe("latestCompletedWeek in Africa/Lagos", () => {
  it.each([
    // Course start day: week 1's issue (Oct 6) is ahead; week 0 was posted Sep 29.
    ["2025-09-30T12:00:00Z", 0],
    // One second either side of week 1's posting at 2025-10-06T08:00:00Z.
    ["2025-10-06T07:59:59Z", 0],
    ["2025-10-06T08:00:00Z", 1],
    ["2025-10-06T08:00:01Z", 1],
    // Offsets in the input are honoured: 09:00+01:00 is the posting instant itself.
    ["2025-10-06T08:59:59+01:00", 0],
    ["2025-10-06T09:00:00+01:00", 1],
    // 00:30 local on Mon Oct 13: a new local day, but week 2 posts only at 09:00.
    ["2025-10-12T23:30:00Z", 1],
    // Week 8 posts Mon Nov 24 08:00Z.
    ["2025-11-24T07:59:59Z", 7],
    ["2025-11-24T08:00:00Z", 8],
    // Sun Nov 30 23:59:59 local is still before week 9's posting on Dec 1.
    ["2025-11-30T22:59:59Z", 8],
    // Mon Sep 1 01:00 local: Sep 1 = Oct 6 − 35 days is week −4's posting day, not yet at 09:00.
    ["2025-09-01T00:00:00Z", -5],
  ])("at %s the latest completed week is %i", (now, expected) => {
    expect(latestCompletedWeek(lagos, now).number).toBe(expected);
  });

  it("accepts a Date", () => {
    expect(latestCompletedWeek(lagos, new Date("2025-10-06T08:00:00Z")).number).toBe(1);
    expect(latestCompletedWeek(lagos, new Date("2025-10-06T07:59:59Z")).number).toBe(0);
  });

  it("throws on an unreadable now instead of guessing", () => {
    expect(() => latestCompletedWeek(lagos, "yesterday")).toThrow(/yesterday/);
    expect(() => latestCompletedWeek(lagos, new Date(Number.NaN))).toThrow(/invalid instant/);
  });
});

describe("a posting day other than Monday", () => {
  // Sunday 18:30 Lagos = 17:30Z; the first Sunday after Tue Sep 30 is Oct 5, covering Sun Sep 28 – Sat Oct 4.
  const sundays: CourseCalendar = { ...lagos, weekly: { day: "sunday", time: "18:30" } };

  it.each([
    [
      1,
      "2025-09-28",
      "2025-10-04",
      "2025-09-27T23:00:00Z",
      "2025-10-04T23:00:00Z",
      "2025-10-05T17:30:00Z",
      "Sep 28 – Oct 4, 2025",
    ],
    [
      2,
      "2025-10-05",
      "2025-10-11",
      "2025-10-04T23:00:00Z",
      "2025-10-11T23:00:00Z",
      "2025-10-12T17:30:00Z",
      "Oct 5 – Oct 11, 2025",
    ],
  ])("week %i covers %s to %s", (n, firstDay, lastDay, start, end, postAt, label) => {
    expect(weekNumbered(sundays, n)).toEqual({
      number: n,
      firstDay,
      lastDay,
      interval: { start, end },
      postAt,
      label,
    });
  });

  it.each([
    ["2025-10-05T17:29:59Z", 0],
    ["2025-10-05T17:30:00Z", 1],
    ["2025-10-05T17:30:01Z", 1],
  ])("at %s the latest completed week is %i", (now, expected) => {
    expect(latestCompletedWeek(sundays, now).number).toBe(expected);
  });

  it("puts a Tuesday start on the last day of week 1 when posting on Wednesdays", () => {
    // The first Wednesday after Tue Sep 30 is Oct 1, so week 1 is Wed Sep 24 – Tue Sep 30; 07:15 UTC.
    const wednesdays: CourseCalendar = {
      ...lagos,
      timezone: "UTC",
      weekly: { day: "wednesday", time: "07:15" },
    };
    const week1 = weekNumbered(wednesdays, 1);
    expect([week1.firstDay, week1.lastDay, week1.postAt]).toEqual([
      "2025-09-24",
      "2025-09-30",
      "2025-10-01T07:15:00Z",
    ]);
  });
});

describe("UTC", () => {
  it("uses plain midnights and the posting time as written", () => {
    // No offset at all: Sep 29 00:00Z to Oct 6 00:00Z, posted Oct 6 09:00Z.
    expect(weekNumbered({ ...lagos, timezone: "UTC" }, 1)).toMatchObject({
      interval: { start: "2025-09-29T00:00:00Z", end: "2025-10-06T00:00:00Z" },
      postAt: "2025-10-06T09:00:00Z",
    });
  });
});

describe("localDaysOf", () => {
  it.each([
    [
      1,
      [
        "2025-09-29",
        "2025-09-30",
        "2025-10-01",
        "2025-10-02",
        "2025-10-03",
        "2025-10-04",
        "2025-10-05",
      ],
    ],
    // Week 14 crosses the new year.
    [
      14,
      [
        "2025-12-29",
        "2025-12-30",
        "2025-12-31",
        "2026-01-01",
        "2026-01-02",
        "2026-01-03",
        "2026-01-04",
      ],
    ],
  ])("week %i has its seven local dates", (n, days) => {
    expect(localDaysOf(weekNumbered(lagos, n))).toEqual(days);
  });
});

describe("invalid inputs never produce an Invalid DateTime silently", () => {
  it.each([
    ["an unknown timezone", { ...lagos, timezone: "Mars/Olympus" }, /Mars\/Olympus/],
    ["an impossible start date", { ...lagos, startDate: "2025-02-30" }, /2025-02-30/],
    ["an impossible posting time", { ...lagos, weekly: { day: "monday", time: "25:00" } }, /25:00/],
  ] as const)("throws on %s", (_case, calendar, message) => {
    expect(() => weekNumbered(calendar as CourseCalendar, 1)).toThrow(message);
  });
});
