import { describe, expect, it } from "vitest";
import { isKind, readMarker, renderMarker, type Marker } from "../../src/domain/marker.js";
import { figuresFromMarker, figuresOf, type WeeklyFigures } from "../../src/domain/figures.js";
import { blogApi, measure, notes, taskManager } from "../templates/weekly/week-fixture.js";

describe("figuresOf", () => {
  it("remembers Ada's week 8 by the figures worked out by hand", () => {
    const expected: WeeklyFigures = {
      // blog: 1, 2 (Tue), 3 (Wed), 4, 5, 6 (Fri), 8 (Sun 23:30 local); tasks: 7 (Fri).
      // 0 is Mon 24 00:30 local (next week); 9 is a merge.
      commits: 8,
      // Tue, Wed, Fri, Sun
      activeDays: 4,
      // added blog/tests/test_models.py; changed blog/tests.py and tasks/test_views.py
      testFiles: 3,
      // test_str, test_slug, test_list; tasks/test_views.py gained 5 lines not shown
      newTestCases: 3,
      newTestCasesComplete: false,
      // README.md and docs/api.md (blog/models.py is no doc)
      docsChanges: 2,
      // Sunday active, Saturday quiet
      streakDays: 1,
      streakCapped: false,
    };
    expect(figuresOf(measure([blogApi(), taskManager(), notes()]))).toEqual(expected);
  });

  it("is all zeros for a week without commits", () => {
    expect(figuresOf(measure([notes()]))).toEqual({
      commits: 0,
      activeDays: 0,
      testFiles: 0,
      newTestCases: 0,
      newTestCasesComplete: true,
      docsChanges: 0,
      streakDays: 0,
      streakCapped: false,
    });
  });
});

describe("figuresFromMarker", () => {
  const figures = figuresOf(measure([blogApi()]));

  /** A weekly marker's `figures`, as the jobs hand them to figuresFromMarker. */
  const figuresIn = (marker: Marker | undefined) =>
    figuresFromMarker(isKind(marker, "weekly") ? marker.figures : undefined);

  it("reads back the figures a marker carries", () => {
    const marker = readMarker(`text\n${renderMarker({ kind: "weekly", week: 8, figures })}`);
    expect(isKind(marker, "weekly")).toBe(true);
    expect(figuresIn(marker)).toEqual(figures);
  });

  it.each<[string, Marker | undefined]>([
    ["no marker", undefined],
    ["no figures", { kind: "weekly", week: 8 }],
    ["a figure missing", { kind: "weekly", week: 8, figures: { ...figures, commits: undefined } }],
    ["a negative figure", { kind: "weekly", week: 8, figures: { ...figures, commits: -1 } }],
  ])("gives undefined for %s", (_, marker) => {
    expect(figuresIn(marker)).toBeUndefined();
  });
});
