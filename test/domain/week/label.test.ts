import { describe, expect, it } from "vitest";
import { weekLabel, weekTitle } from "../../../src/domain/week/label.js";
import type { WeekWindow } from "../../../src/domain/week/window.js";

describe("weekLabel", () => {
  it.each([
    // Same month: year written once, at the end.
    ["2025-11-17", "2025-11-23", "Nov 17 – Nov 23, 2025"],
    // Across a month, single-digit day without padding.
    ["2025-09-29", "2025-10-05", "Sep 29 – Oct 5, 2025"],
    // Ends on Dec 31: still one year.
    ["2025-12-25", "2025-12-31", "Dec 25 – Dec 31, 2025"],
    ["2026-01-01", "2026-01-07", "Jan 1 – Jan 7, 2026"],
    // Across the new year: both ends carry their year.
    ["2025-12-29", "2026-01-04", "Dec 29, 2025 – Jan 4, 2026"],
    ["2026-12-26", "2027-01-01", "Dec 26, 2026 – Jan 1, 2027"],
  ])("%s to %s reads %s", (firstDay, lastDay, label) => {
    expect(weekLabel(firstDay, lastDay)).toBe(label);
  });

  it("separates the dates with a spaced en dash (U+2013)", () => {
    expect(weekLabel("2025-11-17", "2025-11-23")).toContain(" \u2013 ");
  });

  it("refuses a date that is not one, even after the same week was labelled", () => {
    weekLabel("2025-11-17", "2025-11-23");
    expect(() => weekLabel("2025-11-17\nx", "2025-11-23")).toThrow(
      'invalid calendar date "2025-11-17\nx"',
    );
  });
});

describe("weekTitle", () => {
  it("joins the week number and the label with a spaced middle dot (U+00B7)", () => {
    const window = { number: 8, label: "Nov 17 \u2013 Nov 23, 2025" } as WeekWindow;
    expect(weekTitle(window)).toBe("Week 8 \u00b7 Nov 17 \u2013 Nov 23, 2025");
    expect(weekTitle(window)).toBe("Week 8 · Nov 17 – Nov 23, 2025");
  });
});
