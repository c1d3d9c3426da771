import { describe, expect, it } from "vitest";
import type { RepoActivity } from "../../../src/domain/activity.js";
import { readMarker } from "../../../src/domain/marker.js";
import { VAGUE_MESSAGE_RULE } from "../../../src/domain/measures/commit-messages.js";
import { weeklyIssue, type WeeklyIssueView } from "../../../src/templates/weekly/weekly-issue.js";
import { inline, item, section } from "./body.js";
import {
  BLOG,
  blogApi,
  commit,
  measure,
  notes,
  sha,
  targets,
  taskManager,
  window,
  LAST_WEEK,
} from "./week-fixture.js";

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
    expect(body.split("\n")[0]).toBe("Hi Ada! You reached all three of your targets this week.");
  });

  it.each([
    [
      { commits: 9, active_days: 4, test_files: 0 },
      "You reached your active days target this week.",
    ],
    [
      { commits: 7, active_days: 9, test_files: 2 },
      "You reached your commits and test files targets this week.",
    ],
    // none reached: what the week held instead, 8 commits on 4 days, tests in 3 files
    [
      { commits: 9, active_days: 5, test_files: 4 },
      "8 commits on 4 days this week, with tests in 3 files.",
    ],
  ])("credits only the targets reached (%j)", (goals, credit) => {
    const first = render([blogApi(), taskManager()], { targets: goals }).body.split("\n")[0];
    expect(first).toBe(`Hi Ada! ${credit}`);
  });

  it("says welcome back after a week without commits", () => {
    const after = render([blogApi()], { previous: { ...LAST_WEEK, commits: 0, activeDays: 0 } });
    expect(after.body).toMatch(/^Welcome back, Ada! /);
  });

  it("opens with the course and cohort when they are known", () => {
    const course = { name: "Backend with Python & Django", cohort: "Foxtrot Cohort" };
    const lines = render([blogApi()], { course }).body.split("\n");
    expect(lines[0]).toBe("**Backend with Python \\& Django** · Foxtrot Cohort");
    expect(lines[2]).toMatch(/^Hi Ada! /);
    expect(render([blogApi()], { course: { cohort: "Foxtrot" } }).body).toMatch(/^Foxtrot\n/);
  });

  it("shows each figure with its files, target and last week, linked to its evidence", () => {
    // The week's first commit is 1111111 (Tuesday 09:00 local).
    expect(item(body, "Commits")).toEqual([
      `[8](${BLOG_URL}/commit/${sha(1)})`,
      "target 7 ✓",
      "last week 5",
    ]);
    // active Tue, Wed, Fri, Sun: the streak into Sunday is 1 day, the longest run Tue–Wed
    expect(item(body, "Active days")).toEqual([
      "4 of 7 (longest run 2 days)",
      "target 4 ✓",
      "last week 3",
    ]);
    // test_models.py is unique by its name; tests.py names a role, so it keeps its folder
    expect(item(body, "Test files")).toEqual([
      `3: [test\\_models.py](${blob("ada/blog-api", "blog/tests/test_models.py")}), ` +
        `[blog/tests.py](${blob("ada/blog-api", "blog/tests.py")}), ` +
        `[test\\_views.py](${blob("ada/task-manager", "tasks/test_views.py")})`,
      "target 1 ✓",
      "last week 1",
    ]);
    // 3 cases found, but test_views.py's 5 new lines were not shown: "at least"
    expect(item(body, "New test cases")).toEqual([
      `at least [3](${blob("ada/blog-api", "blog/tests/test_models.py")})`,
      "last week 2",
    ]);
    expect(item(body, "Docs")).toEqual([
      `2: [README.md](${blob("ada/blog-api", "README.md")}), [api.md](${blob("ada/blog-api", "docs/api.md")})`,
      "last week 0",
    ]);
  });

  it("fits a phone: no table, and no line of the reply template wider than 45 characters", () => {
    expect(busy.body).not.toMatch(/^\|/m);
    const template = busy.body.split("```markdown\n")[1]?.split("\n```")[0] ?? "";
    expect(template.split("\n").length).toBeGreaterThan(10);
    for (const line of template.split("\n")) expect(line.length).toBeLessThanOrEqual(45);
  });

  it("leaves out a target that is 0 and says nothing of new tests or docs when neither week had any", () => {
    const tidy = blogApi();
    tidy.changes = [];
    const quietLast = { ...LAST_WEEK, newTestCases: 0, docsChanges: 0 };
    const plain = render([tidy], { targets: { ...targets, test_files: 0 }, previous: quietLast });
    expect(item(plain.body, "Test files")).toEqual(["0", "last week 1"]);
    expect(plain.body).not.toContain("**New test cases**");
    expect(plain.body).not.toContain("**Docs**");
  });

  it("never shows a bare 0-day streak; says the streak or the longest run when there is one", () => {
    const restedLastDay = { ...LAST_WEEK, streakDays: 0, activeDays: 5 };
    const rested = inline(render([blogApi()], { previous: restedLastDay }).body);
    expect(rested).not.toMatch(/\b0[ -]days?\b/);
    // Mon–Thu active, Friday off, Saturday active: the longest run is Mon–Thu, 4 days
    const week = blogApi();
    week.commits = ["17", "18", "19", "20", "22"].map((day, n) =>
      commit(BLOG, n + 1, `2025-11-${day}T10:00:00Z`, `Step ${n + 1} of the blog`),
    );
    expect(item(render([week]).body, "Active days")[0]).toBe("5 of 7 (longest run 4 days)");
    // a streak running into Sunday, 9 days long, beats the run inside the week
    const streak = measure([blogApi()]);
    const long = weeklyIssue({
      learnerName: "Ada",
      window,
      measures: { ...streak, totals: { ...streak.totals, streak: { days: 9, capped: false } } },
      targets,
      messageRule: VAGUE_MESSAGE_RULE,
    });
    expect(item(long.body, "Active days")[0]).toBe("4 of 7 (on a 9-day streak)");
  });

  it("leaves last week out when last week is unknown", () => {
    const first = render([blogApi()], { previous: undefined }).body;
    expect(first).not.toContain("last week");
    expect(item(first, "Commits")).toHaveLength(2);
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
    expect(item(offline, "Commits")[0]).toBe("7");
    expect(item(offline, "Test files")[0]).toBe("5: test\\_a.py, test\\_b.py, test\\_c.py +2 more");
  });

  it("shows commits per day as a sparkline first, then a small Mermaid bar chart in whole commits", () => {
    const lines = body.split("\n");
    const at = lines.findIndex((line) => line.startsWith("`M▁"));
    expect(lines[at]).toBe("`M▁ T▅ W▃ T▁ F█ S▁ S▃` · busiest: Friday, 4 commits");
    expect(lines.slice(at + 2, at + 14)).toEqual([
      "```mermaid",
      "---",
      "config:",
      "  xyChart:",
      "    width: 360",
      "    height: 200",
      "---",
      "xychart-beta",
      '  x-axis ["Mon 17", "Tue 18", "Wed 19", "Thu 20", "Fri 21", "Sat 22", "Sun 23"]',
      // the busiest day had 4, below 8: a top of 8 makes d3 choose a step of 1
      '  y-axis "Commits" 0 --> 8',
      "  bar [0, 2, 1, 0, 4, 0, 1]",
      "```",
    ]);
  });

  it("keeps a marker it can read back whatever the name: a 300-character name is kept cut to 200", () => {
    const long = render([blogApi()], { learnerName: "A".repeat(300) });
    expect(readMarker(long.body)).toMatchObject({ kind: "weekly", greeting: "A".repeat(200) });
  });

  it("ends with a marker that carries the week and its figures", () => {
    const lines = busy.body.split("\n");
    expect(lines.at(-1)).toMatch(/^<!-- checkpoint:v1 .* -->$/);
    expect(readMarker(busy.body)).toEqual({
      kind: "weekly",
      week: 8,
      window: { firstDay: "2025-11-17", lastDay: "2025-11-23" },
      // kept so replies and reminders greet alike without reading the expectation document
      greeting: "Ada",
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
    expect(section(quiet.body, "Last week's plan: how did it go?")).toContain(
      "- [ ] Finish the comments API",
    );
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
