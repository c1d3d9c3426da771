import { describe, expect, it } from "vitest";
import { nextWeekQuery, nextWeekVariables } from "../../../src/domain/schedule/next-week.js";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";
import { weekNumbered } from "../../../src/domain/week/window.js";

// Ada's course: started Tue 2025-09-30 in Lagos (UTC+1, no DST), issues Mondays 09:00.
// Week 7 is Mon Nov 10 – Sun Nov 16, week 8 Mon Nov 17 – Sun Nov 23.
const calendar: CourseCalendar = {
  startDate: "2025-09-30",
  weeks: 8,
  timezone: "Africa/Lagos",
  weekly: { day: "monday", time: "09:00" },
};
const visible = [
  { owner: "ada", name: "learning", archived: false },
  { owner: "ada", name: "blog", archived: false },
  { owner: "ada", name: "old", archived: true },
];
const home = { owner: "ada", repo: "learning" };

describe("the next week's query", () => {
  it("is week 8's after week 7, over its repositories, histories from 14 days before it", () => {
    const next = nextWeekQuery({
      calendar,
      current: weekNumbered(calendar, 7),
      home,
      setting: "all",
      visible,
      login: "ada",
    });
    expect(next).toEqual({
      home: "ada/learning",
      // `all`: every live repository but the home.
      repos: [{ owner: "ada", repo: "blog" }],
      login: "ada",
      // Mon Nov 17 00:00 in Lagos is Nov 16 23:00 UTC; 14 days before, Nov 2 23:00 UTC.
      since: "2025-11-02T23:00:00Z",
      // Mon Nov 24 00:00 in Lagos.
      windowEnd: "2025-11-23T23:00:00Z",
      // Mon Nov 24 09:00 in Lagos.
      dueAt: "2025-11-24T08:00:00Z",
    });
  });

  it("is none once the course has no next week", () => {
    const params = { calendar, home, setting: "all" as const, visible, login: "ada" };
    expect(nextWeekQuery({ ...params, current: weekNumbered(calendar, 8) })).toBeUndefined();
  });

  it("is asked from when it is due, with histories up to the instant it is measured at", () => {
    const next = nextWeekQuery({
      calendar,
      current: weekNumbered(calendar, 7),
      home,
      setting: ["blog"],
      visible,
      login: "ada",
    });
    if (!next) throw new Error("week 8 has a query");
    expect(nextWeekVariables(next, new Date("2025-11-24T07:59:59Z"))).toBeUndefined();
    expect(nextWeekVariables(next, new Date("2025-11-24T08:00:00Z"))).toEqual({
      since: "2025-11-02T23:00:00Z",
      until: "2025-11-24T08:00:00Z",
      login: "ada",
    });
  });
});
