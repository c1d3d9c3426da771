import { describe, expect, it } from "vitest";
import { readDate } from "../../../src/domain/expectations/dates.js";

describe("readDate", () => {
  // Every row means Tuesday 30 September 2025, the reference document's start date.
  it.each([
    "September 30 2025",
    "September 30, 2025",
    "Sept 30th, 2025",
    "Sep. 30 2025",
    "30 September 2025",
    "30th Sept 2025",
    "30th of September, 2025",
    "30 SEPTEMBER 2025",
    "Tuesday, September 30, 2025",
    "Tue 30 Sep 2025",
    "2025-09-30",
    "2025/9/30",
    "30/09/2025",
    "30.09.2025",
    "30-9-2025",
    "09/30/2025",
    "  30/09/2025  ",
  ])("reads %j as 2025-09-30", (text) => {
    expect(readDate(text)).toEqual({ date: "2025-09-30" });
  });

  it.each([
    ["29 February 2024", "2024-02-29"], // 2024 is a leap year
    ["1st March 2026", "2026-03-01"],
    ["May 2nd 2026", "2026-05-02"],
    ["03/03/2026", "2026-03-03"], // day and month equal: one reading only
    ["13/01/2026", "2026-01-13"], // 13 cannot be a month, so day-first
  ])("reads %j as %s", (text, date) => {
    expect(readDate(text)).toEqual({ date });
  });

  // Both numbers could be the month: 5 September or 9 May. Refused, never guessed.
  it("refuses a numeric date that reads two ways, naming both", () => {
    expect(readDate("05/09/2025")).toEqual({ reason: "could mean 5 September 2025 or 9 May 2025" });
  });

  // 30 September 2025 was a Tuesday (the course's first class), so "Monday" contradicts it.
  it("refuses a date whose weekday disagrees with it", () => {
    expect(readDate("Monday, 30 September 2025")).toEqual({
      reason: "says Monday, but 30 September 2025 is a Tuesday",
    });
  });

  it.each([
    "",
    "soon",
    "September 2025", // no day
    "September 30", // no year
    "30/09/25", // two-digit year: which century is a guess
    "29 February 2025", // 2025 is not a leap year
    "31/09/2025", // September has 30 days
    "2025-13-01",
    "32 May 2025",
    "13/13/2025",
    "Sept 30 2025 at 9am",
    "May June 2025",
  ])("refuses %j as unreadable", (text) => {
    expect(readDate(text)).toEqual({ reason: "is not a date Checkpoint can read" });
  });
});
