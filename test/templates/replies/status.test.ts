import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import {
  statusComment,
  type StatusView,
  type WeekProgress,
} from "../../../src/templates/replies/status.js";
import { quietFigures } from "../../helpers/figures.js";

const NONE = quietFigures;

const progress: WeekProgress = {
  week: 9,
  weekLabel: "Nov 24 – Nov 30, 2025",
  // Monday and Tuesday so far: 3 commits, 1 test file with 2 cases, a 2-day streak.
  soFar: { ...NONE, commits: 3, activeDays: 2, testFiles: 1, newTestCases: 2, streakDays: 2 },
  nextIssue: { label: "Nov 24 – Nov 30, 2025", due: "Monday, Dec 1, 2025 at 09:00 (Africa/Lagos)" },
};

const base: StatusView = {
  progress,
  lastRun: "2025-11-26T11:30:00+01:00",
  paused: false,
  problems: [],
};

describe("the status comment", () => {
  it("shows the week so far, the next issue and the last action", () => {
    expect(statusComment(101, base).split("\n")).toEqual([
      "Here's where things stand:",
      "",
      "- Week 9: 3 commits on 2 days · 1 test file, 2 new test cases · 2-day streak (so far, Nov 24 – Nov 30, 2025)",
      "- Next weekly issue: Nov 24 – Nov 30, 2025, arriving Monday, Dec 1, 2025 at 09:00 (Africa/Lagos).",
      // 11:30 at +01:00 is 10:30 UTC.
      "- Last action I know of: 2025-11-26 10:30 UTC.",
      "",
      "Your config reads cleanly.",
      "",
      '<!-- checkpoint:v1 {"kind":"command\\u002dreply","command":"status","comment":101} -->',
    ]);
  });

  it("shows the last action in the learner's timezone when the config names it", () => {
    // 11:30 at +01:00 is 10:30 UTC, 11:30 in Lagos (UTC+1) and 05:30 in New York (UTC−5).
    expect(statusComment(101, { ...base, timezone: "Africa/Lagos" })).toContain(
      "- Last action I know of: Wednesday, Nov 26, 2025 at 11:30 (Africa/Lagos).",
    );
    expect(statusComment(101, { ...base, timezone: "America/New_York" })).toContain(
      "- Last action I know of: Wednesday, Nov 26, 2025 at 05:30 (America/New_York).",
    );
  });

  it("does not call a week in progress quiet", () => {
    const comment = statusComment(101, {
      ...base,
      progress: { ...progress, soFar: NONE },
      lastRun: undefined,
    });
    expect(comment).toContain("- Week 9 (Nov 24 – Nov 30, 2025) so far: no commits yet.");
    expect(comment).toContain("- Last action I know of: none yet.");
    expect(comment).not.toContain("quiet");
  });

  it("says when it is paused", () => {
    expect(statusComment(101, { ...base, paused: true })).toContain(
      "- Paused: no weekly issues or reminders until you comment `/checkpoint resume` or close the “Checkpoint is paused” issue.",
    );
    expect(statusComment(101, base)).not.toContain("Paused");
  });

  it("lists config problems with their fields in backticks, messages escaped", () => {
    const comment = statusComment(101, {
      ...base,
      problems: [
        {
          path: "course.timezone",
          message: 'expected an IANA timezone, found string "<Lagos>"',
          example: 'timezone: "Africa/Lagos"',
        },
        { path: "repositories[1]", message: "unknown field (check its spelling and indentation)" },
        { path: "", message: "YAML syntax error at line 3, column 1: bad indentation" },
      ],
    });
    const lines = comment.split("\n");
    const start = lines.indexOf("Your config has 3 problems to fix:");
    expect(lines.slice(start, start + 5)).toEqual([
      "Your config has 3 problems to fix:",
      "",
      '- `course.timezone`: expected an IANA timezone, found string "&lt;Lagos\\>" — for example `timezone: "Africa/Lagos"`',
      "- `repositories[1]`: unknown field (check its spelling and indentation)",
      // A problem of the file itself has no field to name.
      "- YAML syntax error at line 3, column 1: bad indentation",
    ]);
    expect(readMarker(comment)).toEqual({ kind: "command-reply", command: "status", comment: 101 });
  });

  it("says the week cannot be measured while the config cannot be read", () => {
    const comment = statusComment(101, {
      paused: false,
      problems: [{ path: "course.weeks", message: "must be at least 1" }],
    });
    expect(comment).toContain("- I can't measure your week until your config reads cleanly.");
    expect(comment).toContain("- `course.weeks`: must be at least 1");
    expect(comment).not.toContain("Next weekly issue");
  });
});
