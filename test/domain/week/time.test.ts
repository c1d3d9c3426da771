import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  instantMillis,
  isIanaZone,
  isoOfInstant,
  localDateAt,
  localDay,
  weekdayOf,
} from "../../../src/domain/week/time.js";

describe("localDay", () => {
  it.each([
    // Lagos is UTC+1: its day starts at 23:00Z the evening before.
    ["2025-10-05T22:59:59Z", "Africa/Lagos", "2025-10-05"],
    ["2025-10-05T23:00:00Z", "Africa/Lagos", "2025-10-06"],
    // An offset in the input names the same instant: 00:30+01:00 is 23:30Z on the 5th.
    ["2025-10-06T00:30:00+01:00", "Africa/Lagos", "2025-10-06"],
    ["2025-10-06T00:30:00+01:00", "UTC", "2025-10-05"],
    // Kiritimati (UTC+14) starts Oct 6 at 10:00Z on Oct 5.
    ["2025-10-05T09:59:59Z", "Pacific/Kiritimati", "2025-10-05"],
    ["2025-10-05T10:00:00Z", "Pacific/Kiritimati", "2025-10-06"],
    // New York in EDT (−4): 03:59:59Z is still the previous evening.
    ["2026-07-01T03:59:59Z", "America/New_York", "2026-06-30"],
    ["2026-07-01T04:00:00Z", "America/New_York", "2026-07-01"],
    // Across the new year in Lagos.
    ["2025-12-31T23:00:00Z", "Africa/Lagos", "2026-01-01"],
    // Before 1582 Intl counts Julian days (it would say 1582-10-04): the proleptic calendar holds.
    ["1582-10-14T12:00:00Z", "UTC", "1582-10-14"],
    // A fixed offset luxon reads and Intl does not.
    ["2025-11-17T23:30:00Z", "UTC+1", "2025-11-18"],
  ])("%s in %s is %s", (instant, timezone, expected) => {
    expect(localDay(instant, timezone)).toBe(expected);
  });

  it("accepts a Date", () => {
    expect(localDay(new Date("2025-10-05T23:00:00Z"), "Africa/Lagos")).toBe("2025-10-06");
  });

  it("throws rather than return a date for an unknown zone or instant", () => {
    expect(() => localDay("2025-10-05T23:00:00Z", "Lagos")).toThrow(/Lagos/);
    expect(() => localDay("not an instant", "UTC")).toThrow(/not an instant/);
    expect(() => localDay("2025-11-17T03:00:00Z", "Mars/Olympus")).toThrow(/Mars/);
  });
});

describe("calendar arithmetic on YYYY-MM-DD", () => {
  const viaLuxon = (date: string) => DateTime.fromISO(date, { zone: "utc" });
  const dates = fc
    // fast-check also makes invalid Dates unless told not to: they are no calendar date
    .date({
      min: new Date("1000-01-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

  it("agrees with luxon on every date, however far it moves", () => {
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: -400_000, max: 400_000 }), (a, b, days) => {
        expect(addDays(a, days)).toBe(viaLuxon(a).plus({ days }).toISODate());
        expect(daysBetween(a, b)).toBe(Math.round(viaLuxon(b).diff(viaLuxon(a), "days").days));
        expect(weekdayOf(a)).toBe(viaLuxon(a).weekday);
      }),
    );
  });

  it("steps back over month ends", () => {
    expect(addDays("2025-12-02", -3)).toBe("2025-11-29");
    expect(addDays("2025-11-17", 0)).toBe("2025-11-17");
  });

  it("refuses an impossible date, with luxon's reason", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(/invalid calendar date "2025-02-30": .+/);
    expect(() => daysBetween("2025-01-01", "2025-13-01")).toThrow(/"2025-13-01"/);
    expect(() => weekdayOf("2025-11-31")).toThrow(/"2025-11-31"/);
  });
});

describe("instants read without luxon", () => {
  const zones = fc.constantFrom(
    "Africa/Lagos",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Pacific/Kiritimati",
    "America/Sao_Paulo",
    "Europe/London",
    "UTC",
  );
  const offsets = fc.constantFrom("Z", "+01:00", "-03:30", "+05:45", "+14:00", "-12:00");
  // GitHub's and git's forms: seconds, milliseconds, or neither, and any offset.
  const instants = fc
    .tuple(
      fc.date({
        min: new Date("1970-01-01T00:00:00Z"),
        max: new Date("2200-01-01T00:00:00Z"),
        noInvalidDate: true,
      }),
      offsets,
      fc.constantFrom(16, 19, 23),
    )
    .map(([date, offset, length]) => `${date.toISOString().slice(0, length)}${offset}`);

  it("agree with luxon on the instant, its UTC form and its local date", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const luxon = DateTime.fromISO(instant, { zone: "utc" });
        expect(instantMillis(instant)).toBe(luxon.toMillis());
        expect(isoOfInstant(instant)).toBe(luxon.toUTC().toISO({ suppressMilliseconds: true }));
        expect(localDateAt(luxon.toMillis(), zone)).toBe(luxon.setZone(zone).toISODate());
      }),
      { numRuns: 2_000 },
    );
  });

  it("refuses what luxon refuses, a day that does not exist included", () => {
    // Date.parse alone would read Feb 30 as Mar 2.
    expect(() => instantMillis("2025-02-30T10:00:00Z")).toThrow(/2025-02-30/);
    expect(() => instantMillis("yesterday")).toThrow(/invalid instant "yesterday"/);
    // An instant naming no offset is UTC, as luxon reads it (Date.parse would take local time).
    expect(instantMillis("2025-11-17T10:00:00")).toBe(Date.UTC(2025, 10, 17, 10));
  });

  it("knows a zone by name, and only real ones", () => {
    expect(isIanaZone("Africa/Lagos")).toBe(true);
    expect(isIanaZone("Mars/Base")).toBe(false);
    expect(() => localDateAt(0, "Mars/Base")).toThrow(RangeError);
  });
});
