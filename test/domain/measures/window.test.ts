import { describe, expect, it } from "vitest";
import { daysBefore, isWithin, localDate } from "../../../src/domain/measures/window.js";

describe("localDate", () => {
  it.each([
    // Africa/Lagos is UTC+1 all year
    ["2025-11-23T22:30:00Z", "Africa/Lagos", "2025-11-23"], // 23:30 local, still Sunday
    ["2025-11-23T23:00:00Z", "Africa/Lagos", "2025-11-24"], // local midnight
    ["2025-11-16T23:00:00Z", "Africa/Lagos", "2025-11-17"],
    ["2025-11-17T03:00:00Z", "America/New_York", "2025-11-16"], // 22:00 the evening before
    ["2025-11-17T03:00:00.000+00:00", "UTC", "2025-11-17"],
    // Before 1582 Intl counts Julian days (it would say 1582-10-04): the proleptic calendar holds.
    ["1582-10-14T12:00:00Z", "UTC", "1582-10-14"],
    // A fixed offset luxon reads and Intl does not.
    ["2025-11-17T23:30:00Z", "UTC+1", "2025-11-18"],
  ])("%s in %s is %s", (iso, zone, expected) => {
    expect(localDate(iso, zone)).toBe(expected);
  });

  it("refuses an instant or zone it cannot place", () => {
    expect(() => localDate("yesterday", "UTC")).toThrow(/yesterday/);
    expect(() => localDate("2025-11-17T03:00:00Z", "Mars/Olympus")).toThrow(/Mars/);
  });
});

describe("isWithin", () => {
  const interval = { start: "2025-11-16T23:00:00Z", end: "2025-11-23T23:00:00Z" };
  it.each([
    ["2025-11-16T23:00:00Z", true], // start is inside
    ["2025-11-16T22:59:59Z", false],
    ["2025-11-23T22:59:59Z", true],
    ["2025-11-23T23:00:00Z", false], // end is outside
    ["2025-11-24T00:00:00+01:00", false], // same instant as the end, other notation
  ])("%s → %s", (iso, expected) => {
    expect(isWithin(iso, interval)).toBe(expected);
  });
});

it("daysBefore steps over month ends", () => {
  expect(daysBefore("2025-12-02", 3)).toBe("2025-11-29");
  expect(daysBefore("2025-11-17", 0)).toBe("2025-11-17");
});
