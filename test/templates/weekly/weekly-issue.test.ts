import { describe, expect, it } from "vitest";
import type { RepoActivity } from "../../../src/domain/activity.js";
import { readMarker } from "../../../src/domain/marker.js";
import { VAGUE_MESSAGE_RULE } from "../../../src/domain/measures/index.js";
import {
  weeklyIssue,
  type WeeklyFigures,
  type WeeklyIssueView,
} from "../../../src/templates/weekly/index.js";
import { inline, row, section } from "./body.js";
import { blogApi, measure, notes, sha, targets, taskManager, window } from "./week-fixture.js";

const LAST_WEEK: WeeklyFigures = {
  commits: 5,
  activeDays: 3,
  testFiles: 1,
  newTestCases: 2,
  newTestCasesComplete: true,
  docsChanges: 0,
  streakDays: 2,
  streakCapped: false,
};

const render = (repos: RepoActivity[], view: Partial<WeeklyIssueView> = {}) =>
  weeklyIssue({
    learnerName: "Ada",
    window,
    measures: measure(repos),
    targets,
    previous: LAST_WEEK,
    messageRule: VAGUE_MESSAGE_RULE,
    ...view,
  });

const BLOG_URL = "https://github.com/ada/blog-api";
const blob = (repo: string, path: string) => `https://github.com/${repo}/blob/main/${path}`;
const busy = render([blogApi(), taskManager(), notes()]);
const body = inline(busy.body);

describe("a busy week's issue", () => {
  it("is titled with the week and its dates", () => {
    expect(busy.title).toBe("Week 8 · Nov 17 – Nov 23, 2025");
  });

  it("greets by name and credits each target reached", () => {
    // 8 ≥ 7 commits, 4 ≥ 4 active days, 3 ≥ 1 test files
    expect(body.split("\n")[0]).toBe(
      "Hi Ada! Here's what your repositories show for Nov 17 – Nov 23, 2025. " +
        "You reached your commits, active days and test files targets.",
    );
  });

  it.each([
    [{ commits: 9, active_days: 4, test_files: 0 }, " You reached your active days target."],
    [{ commits: 9, active_days: 5, test_files: 4 }, ""],
  ])("credits only the targets reached (%j)", (goals, credit) => {
    const first = render([blogApi(), taskManager()], { targets: goals }).body.split("\n")[0];
    expect(first).toBe(
      `Hi Ada! Here's what your repositories show for Nov 17 – Nov 23, 2025.${credit}`,
    );
  });

  it("says welcome back after a week without commits", () => {
    const after = render([blogApi()], { previous: { ...LAST_WEEK, commits: 0, activeDays: 0 } });
    expect(after.body).toMatch(/^Welcome back, Ada! Here's what/);
  });

  it("shows each figure against its target and last week, linked to its evidence", () => {
    // The week's first commit is 1111111 (Tuesday 09:00 local).
    expect(row(body, "Commits")).toEqual([
      "Commits",
      `[8](${BLOG_URL}/commit/${sha(1)})`,
      "7",
      "5",
    ]);
    expect(row(body, "Active days")).toEqual(["Active days", "4", "4", "3"]);
    expect(row(body, "Test files")).toEqual([
      "Test files",
      `3: [test\\_models.py](${blob("ada/blog-api", "blog/tests/test_models.py")}), ` +
        `[tests.py](${blob("ada/blog-api", "blog/tests.py")}), ` +
        `[test\\_views.py](${blob("ada/task-manager", "tasks/test_views.py")})`,
      "1",
      "1",
    ]);
    // 3 cases found, but test_views.py's 5 new lines were not shown: "at least"
    expect(row(body, "New test cases")).toEqual([
      "New test cases",
      `at least [3](${blob("ada/blog-api", "blog/tests/test_models.py")})`,
      "—",
      "2",
    ]);
    expect(row(body, "Docs/README")).toEqual([
      "Docs/README",
      `2: [README.md](${blob("ada/blog-api", "README.md")}), [api.md](${blob("ada/blog-api", "docs/api.md")})`,
      "—",
      "0",
    ]);
    expect(row(body, "Streak")).toEqual(["Streak", "1 day", "—", "2 days"]);
  });

  it("never shows a bare 0-day streak: a week that rested its last day says what it held", () => {
    const body = inline(
      render([blogApi()], { previous: { ...LAST_WEEK, streakDays: 0, activeDays: 5 } }).body,
    );
    expect(row(body, "Streak").at(-1)).toBe("last day off; active 5 of 7 days");
    expect(body).not.toMatch(/\b0 days\b/);
  });

  it("leaves last week's column empty when last week is unknown", () => {
    const first = inline(render([blogApi()], { previous: undefined }).body);
    for (const label of [
      "Commits",
      "Active days",
      "Test files",
      "New test cases",
      "Docs/README",
      "Streak",
    ]) {
      expect(row(first, label).at(-1)).toBe("—");
    }
  });

  it("never links where the address is unknown, and names at most three files", () => {
    const local = blogApi();
    delete local.url;
    local.commits = local.commits.map(({ url: _, ...rest }) => rest);
    const tests = ["a", "b", "c", "d", "e"].map((name) => `tests/test_${name}.py`);
    local.changes = tests.map((path) => ({
      path,
      status: "added",
      additions: 1,
      deletions: 0,
      addedLines: [],
    }));
    const offline = render([local]).body;
    expect(offline).not.toMatch(/ref-|\]\(/);
    expect(row(offline, "Commits")[1]).toBe("7");
    expect(row(offline, "Test files")[1]).toBe("5: test\\_a.py, test\\_b.py, test\\_c.py, +2 more");
    expect(row(offline, "New test cases")[1]).toBe("0");
  });

  it("shows commits per day as a sparkline first, then a Mermaid bar chart", () => {
    const perDay = section(body, "Commits per day");
    expect(perDay[0]).toBe("`M▁ T▅ W▃ T▁ F█ S▁ S▃` · busiest: Friday, 4 commits");
    expect(perDay.slice(1)).toEqual([
      "```mermaid",
      "xychart-beta",
      '  title "Commits per day"',
      '  x-axis ["Mon 17", "Tue 18", "Wed 19", "Thu 20", "Fri 21", "Sat 22", "Sun 23"]',
      '  y-axis "Commits" 0 --> 4',
      "  bar [0, 2, 1, 0, 4, 0, 1]",
      "```",
    ]);
  });

  it("ends with a marker that carries the week and its figures", () => {
    const lines = busy.body.split("\n");
    expect(lines.at(-1)).toMatch(/^<!-- checkpoint:v1 .* -->$/);
    expect(readMarker(busy.body)).toEqual({
      kind: "weekly",
      week: 8,
      window: { firstDay: "2025-11-17", lastDay: "2025-11-23" },
      figures: {
        commits: 8,
        activeDays: 4,
        testFiles: 3,
        newTestCases: 3,
        newTestCasesComplete: false,
        docsChanges: 2,
        streakDays: 1,
        streakCapped: false,
      },
    });
  });
});

describe("a quiet week's issue", () => {
  const quiet = render([notes()], { plannedLastWeek: ["Finish the comments API"] });

  it("is short and kind: no table, no chart, a welcome back", () => {
    expect(quiet.title).toBe("Week 8 · Nov 17 – Nov 23, 2025");
    expect(quiet.body).not.toMatch(/^\|/m);
    expect(quiet.body).not.toContain("```mermaid");
    expect(quiet.body).not.toContain("### Worth a look");
    expect(quiet.body.split("\n")[0]).toBe(
      "Hi Ada! Your repositories were quiet over Nov 17 – Nov 23, 2025, and that's fine: weeks like that happen.",
    );
    expect(quiet.body).toContain("Welcome back whenever you're ready");
  });

  it("still asks about last week's plan and offers the reply template", () => {
    expect(section(quiet.body, "Last week you planned")).toContain("- [ ] Finish the comments API");
    expect(quiet.body).toContain("### Your update");
  });

  it("still carries a marker, with zero figures", () => {
    expect(readMarker(quiet.body)).toMatchObject({
      kind: "weekly",
      week: 8,
      figures: {
        commits: 0,
        activeDays: 0,
        testFiles: 0,
        newTestCases: 0,
        newTestCasesComplete: true,
        docsChanges: 0,
        streakDays: 0,
        streakCapped: false,
      },
    });
  });
});
