import { describe, expect, it } from "vitest";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";
import type { WeekWindow } from "../../../src/domain/week/window.js";
import { latestCompletedWeek, weekNumbered } from "../../../src/domain/week/window.js";

const HOUR_MS = 3_600_000;

function hoursLong(window: WeekWindow): number {
  return (Date.parse(window.interval.end) - Date.parse(window.interval.start)) / HOUR_MS;
}

function calendar(
  timezone: string,
  startDate: string,
  day: CourseCalendar["weekly"]["day"] = "monday",
  time = "09:00",
): CourseCalendar {
  return { startDate, weeks: 52, timezone, weekly: { day, time } };
}

type Row = [
  week: number,
  firstDay: string,
  lastDay: string,
  start: string,
  end: string,
  hours: number,
  postAt: string,
];

function expectWeeks(cal: CourseCalendar, rows: Row[]): void {
  for (const [n, firstDay, lastDay, start, end, hours, postAt] of rows) {
    const window = weekNumbered(cal, n);
    expect({
      n,
      firstDay: window.firstDay,
      lastDay: window.lastDay,
      ...window.interval,
      postAt: window.postAt,
    }).toEqual({ n, firstDay, lastDay, start, end, postAt });
    expect(hoursLong(window)).toBe(hours);
  }
}

describe("America/New_York (EST −5, EDT −4 from Mar 8 to Nov 1 2026)", () => {
  // Start Mon 2026-01-05, so week 1 is Jan 5 – Jan 11 and week n posts on Jan 12 + 7(n − 1).
  const ny = calendar("America/New_York", "2026-01-05");

  it("measures weeks across both transitions", () => {
    expectWeeks(ny, [
      // Plain winter week: midnights at 05:00Z, 09:00 EST = 14:00Z.
      [
        1,
        "2026-01-05",
        "2026-01-11",
        "2026-01-05T05:00:00Z",
        "2026-01-12T05:00:00Z",
        168,
        "2026-01-12T14:00:00Z",
      ],
      // Mar 9 is Jan 12 + 56 days, so week 9 holds Sun Mar 8: it starts in EST, ends in EDT, one hour short; posts 09:00 EDT = 13:00Z.
      [
        9,
        "2026-03-02",
        "2026-03-08",
        "2026-03-02T05:00:00Z",
        "2026-03-09T04:00:00Z",
        167,
        "2026-03-09T13:00:00Z",
      ],
      [
        10,
        "2026-03-09",
        "2026-03-15",
        "2026-03-09T04:00:00Z",
        "2026-03-16T04:00:00Z",
        168,
        "2026-03-16T13:00:00Z",
      ],
      // Nov 2 is Jan 12 + 294 days = 42 weeks on, so week 43 holds Sun Nov 1: EDT to EST, one hour long; 09:00 EST = 14:00Z.
      [
        42,
        "2026-10-19",
        "2026-10-25",
        "2026-10-19T04:00:00Z",
        "2026-10-26T04:00:00Z",
        168,
        "2026-10-26T13:00:00Z",
      ],
      [
        43,
        "2026-10-26",
        "2026-11-01",
        "2026-10-26T04:00:00Z",
        "2026-11-02T05:00:00Z",
        169,
        "2026-11-02T14:00:00Z",
      ],
    ]);
  });

  it.each([
    ["2026-03-09T12:59:59Z", 8],
    ["2026-03-09T13:00:00Z", 9],
    // Half an hour past 09:00 EDT; a fixed EST offset would still wait for 14:00Z.
    ["2026-03-09T13:30:00Z", 9],
    ["2026-11-02T13:59:59Z", 42],
    ["2026-11-02T14:00:00Z", 43],
  ])("at %s the latest completed week is %i", (now, expected) => {
    expect(latestCompletedWeek(ny, now).number).toBe(expected);
  });
});

describe("posting times the clock skips or repeats in New York", () => {
  // Sunday 02:30 from Sun 2026-03-01: week 1 (Mar 1 – Mar 7) posts on Sun Mar 8, when 02:00 jumps to 03:00.
  const springForward = calendar("America/New_York", "2026-03-01", "sunday", "02:30");

  it("shifts a skipped 02:30 forward by the gap to 03:30 EDT", () => {
    expectWeeks(springForward, [
      // Mar 1 02:30 EST = 07:30Z.
      [
        0,
        "2026-02-22",
        "2026-02-28",
        "2026-02-22T05:00:00Z",
        "2026-03-01T05:00:00Z",
        168,
        "2026-03-01T07:30:00Z",
      ],
      // Mar 8 starts at 00:00 EST (05:00Z); 02:30 does not exist, 03:30 EDT = 07:30Z.
      [
        1,
        "2026-03-01",
        "2026-03-07",
        "2026-03-01T05:00:00Z",
        "2026-03-08T05:00:00Z",
        168,
        "2026-03-08T07:30:00Z",
      ],
      // Mar 15 02:30 EDT = 06:30Z; this window holds the short day.
      [
        2,
        "2026-03-08",
        "2026-03-14",
        "2026-03-08T05:00:00Z",
        "2026-03-15T04:00:00Z",
        167,
        "2026-03-15T06:30:00Z",
      ],
    ]);
  });

  it.each([
    ["2026-03-08T07:29:59Z", 0],
    ["2026-03-08T07:30:00Z", 1],
  ])("at %s the latest completed week is %i", (now, expected) => {
    expect(latestCompletedWeek(springForward, now).number).toBe(expected);
  });

  // Sunday 01:30 from Sun 2026-10-25: week 1 posts on Sun Nov 1, when 01:00–02:00 happens twice.
  const fallBack = calendar("America/New_York", "2026-10-25", "sunday", "01:30");

  it("takes the earlier of a repeated 01:30 (EDT, 05:30Z, not EST 06:30Z)", () => {
    expectWeeks(fallBack, [
      [
        1,
        "2026-10-25",
        "2026-10-31",
        "2026-10-25T04:00:00Z",
        "2026-11-01T04:00:00Z",
        168,
        "2026-11-01T05:30:00Z",
      ],
      // Nov 8 01:30 EST = 06:30Z; this window holds the 25-hour day.
      [
        2,
        "2026-11-01",
        "2026-11-07",
        "2026-11-01T04:00:00Z",
        "2026-11-08T05:00:00Z",
        169,
        "2026-11-08T06:30:00Z",
      ],
    ]);
    expect(latestCompletedWeek(fallBack, "2026-11-01T05:29:59Z").number).toBe(0);
    expect(latestCompletedWeek(fallBack, "2026-11-01T05:30:00Z").number).toBe(1);
  });
});

describe("Europe/London (GMT, BST from Mar 29 to Oct 25 2026)", () => {
  // Start Mon 2026-03-23; Oct 26 is Mar 30 + 210 days = 30 weeks on, so it posts week 31.
  const london = calendar("Europe/London", "2026-03-23");

  it("measures weeks across both transitions", () => {
    expectWeeks(london, [
      // Starts at GMT midnight, ends at BST midnight (23:00Z); 09:00 BST = 08:00Z.
      [
        1,
        "2026-03-23",
        "2026-03-29",
        "2026-03-23T00:00:00Z",
        "2026-03-29T23:00:00Z",
        167,
        "2026-03-30T08:00:00Z",
      ],
      [
        2,
        "2026-03-30",
        "2026-04-05",
        "2026-03-29T23:00:00Z",
        "2026-04-05T23:00:00Z",
        168,
        "2026-04-06T08:00:00Z",
      ],
      // Starts at BST midnight, ends at GMT midnight; 09:00 GMT = 09:00Z.
      [
        31,
        "2026-10-19",
        "2026-10-25",
        "2026-10-18T23:00:00Z",
        "2026-10-26T00:00:00Z",
        169,
        "2026-10-26T09:00:00Z",
      ],
    ]);
  });

  it.each([
    ["2026-03-30T07:59:59Z", 0],
    ["2026-03-30T08:00:00Z", 1],
    ["2026-10-26T08:59:59Z", 30],
    ["2026-10-26T09:00:00Z", 31],
  ])("at %s the latest completed week is %i", (now, expected) => {
    expect(latestCompletedWeek(london, now).number).toBe(expected);
  });

  it("takes the earlier of a repeated 01:30 on Oct 25 (BST, 00:30Z)", () => {
    const sundays = calendar("Europe/London", "2026-10-18", "sunday", "01:30");
    expect(weekNumbered(sundays, 1).postAt).toBe("2026-10-25T00:30:00Z");
  });
});

describe("zones far east of UTC, where the local posting day is the day before in UTC", () => {
  it("Pacific/Kiritimati (UTC+14)", () => {
    const kiritimati = calendar("Pacific/Kiritimati", "2025-09-30");
    expectWeeks(kiritimati, [
      // Mon Sep 29 00:00+14 = Sun Sep 28 10:00Z; Mon Oct 6 09:00+14 = Sun Oct 5 19:00Z.
      [
        1,
        "2025-09-29",
        "2025-10-05",
        "2025-09-28T10:00:00Z",
        "2025-10-05T10:00:00Z",
        168,
        "2025-10-05T19:00:00Z",
      ],
    ]);
    expect(latestCompletedWeek(kiritimati, "2025-10-05T18:59:59Z").number).toBe(0);
    expect(latestCompletedWeek(kiritimati, "2025-10-05T19:00:00Z").number).toBe(1);
  });

  it("Pacific/Auckland (NZST +12, NZDT +13 from Sep 28 2025)", () => {
    expectWeeks(calendar("Pacific/Auckland", "2025-09-30"), [
      // Sep 22 00:00 NZST = Sep 21 12:00Z; Sep 29 00:00 NZDT = Sep 28 11:00Z: short by an hour; 09:00 NZDT = 20:00Z Sunday.
      [
        0,
        "2025-09-22",
        "2025-09-28",
        "2025-09-21T12:00:00Z",
        "2025-09-28T11:00:00Z",
        167,
        "2025-09-28T20:00:00Z",
      ],
      [
        1,
        "2025-09-29",
        "2025-10-05",
        "2025-09-28T11:00:00Z",
        "2025-10-05T11:00:00Z",
        168,
        "2025-10-05T20:00:00Z",
      ],
    ]);
  });
});
