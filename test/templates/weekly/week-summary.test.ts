import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { figuresOf } from "../../../src/domain/figures.js";
import { summaryLine, weekSummaryComment } from "../../../src/templates/weekly/week-summary.js";
import { blogApi, measure, taskManager } from "./week-fixture.js";
import { figures } from "../../helpers/figures.js";

describe("the week in one line", () => {
  it.each([
    [
      "a full week",
      8,
      figures({
        commits: 9,
        activeDays: 5,
        testFiles: 2,
        newTestCases: 3,
        docsChanges: 2,
        streakDays: 6,
      }),
      "Week 8: 9 commits on 5 days · 2 test files, 3 new test cases · 2 docs files updated · 6-day streak",
    ],
    [
      "singulars",
      3,
      figures({
        commits: 1,
        activeDays: 1,
        testFiles: 1,
        newTestCases: 1,
        docsChanges: 1,
        streakDays: 1,
      }),
      "Week 3: 1 commit on 1 day · 1 test file, 1 new test case · 1 docs file updated · 1-day streak",
    ],
    [
      "a lower bound and a capped streak",
      12,
      figures({
        commits: 1200,
        activeDays: 7,
        testFiles: 4,
        newTestCases: 2,
        newTestCasesComplete: false,
        streakDays: 21,
        streakCapped: true,
      }),
      "Week 12: 1,200 commits on 7 days · 4 test files, at least 2 new test cases · 21+ day streak",
    ],
    [
      "test files without new cases, no streak",
      4,
      figures({ commits: 2, activeDays: 2, testFiles: 2 }),
      "Week 4: 2 commits on 2 days · 2 test files",
    ],
    ["a quiet week", 5, figures({}), "Week 5: a quiet week."],
  ])("%s", (_, week, remembered, expected) => {
    expect(summaryLine(week, remembered)).toBe(expected);
  });

  it("reads Ada's measured week 8", () => {
    // 8 commits on Tue, Wed, Fri, Sun; 3 test files, 3 cases seen (one diff unseen);
    // README.md and docs/api.md; Sunday alone ends the streak.
    expect(summaryLine(8, figuresOf(measure([blogApi(), taskManager()])))).toBe(
      "Week 8: 8 commits on 4 days · 3 test files, at least 3 new test cases · 2 docs files updated · 1-day streak",
    );
  });
});

describe("the checkpoint summary comment", () => {
  const week = figures({ commits: 9, activeDays: 5, streakDays: 6 });

  it("thanks the learner for an update and counts the weeks in a row", () => {
    const comment = weekSummaryComment({
      week: 8,
      figures: week,
      updatePosted: true,
      updateWeeksInARow: 3,
    });
    expect(comment.split("\n").slice(0, 3)).toEqual([
      "**Week 8: 9 commits on 5 days · 6-day streak**",
      "",
      "You posted your update — thank you. That's 3 weeks in a row with an update.",
    ]);
  });

  it("does not count a first week in a row", () => {
    const comment = weekSummaryComment({
      week: 8,
      figures: week,
      updatePosted: true,
      updateWeeksInARow: 1,
    });
    expect(comment.split("\n")[2]).toBe("You posted your update — thank you.");
  });

  it("is gentle when no update came, and never counts what was missed", () => {
    const comment = weekSummaryComment({
      week: 8,
      figures: week,
      updatePosted: false,
      updateWeeksInARow: 0,
    });
    expect(comment.split("\n")[2]).toBe(
      "I didn't see an update this week, and that's okay: next week's issue has the template ready whenever you are.",
    );
    expect(comment).not.toMatch(/in a row|missed/);
  });

  it("carries the week and its figures in its marker", () => {
    const comment = weekSummaryComment({
      week: 8,
      figures: week,
      updatePosted: true,
      updateWeeksInARow: 2,
    });
    expect(comment.split("\n").at(-1)).toMatch(/^<!-- checkpoint:v1 /);
    expect(readMarker(comment)).toEqual({ kind: "week-summary", week: 8, figures: week });
  });
});
