import { describe, expect, it } from "vitest";
import type { Commit, RepoActivity } from "../../../src/domain/activity.js";
import type { ActivityMeasures } from "../../../src/domain/measures/activity-measures.js";
import type { FileEvidence } from "../../../src/domain/measures/evidence.js";
import { measureWeek } from "../../../src/domain/measures/week-measures.js";
import { djangoWeek, lagosWeek } from "./django-week.js";

const week = measureWeek({ repos: djangoWeek, window: lagosWeek, lookbackDays: 14 });
const [blog, tasks, notes] = week.repos;
const paths = (files: FileEvidence[]) => files.map((file) => `${file.repo}:${file.path}`);
const shas = (list: { sha: string }[]) => list.map((item) => item.sha);
const perDay = (measures: ActivityMeasures) => measures.days.map((day) => day.commits);

describe("a Django learner's week in Lagos, pooled", () => {
  const { totals } = week;

  it("counts non-merge commits by local day, merges apart", () => {
    // blog a1 Mon, a2 Tue, a3 Tue 23:10Z = Wed 00:10, a6 Fri, a5 Sun 22:30Z = Sun 23:30;
    // tasks b1 Sat, b2 Sun. a4 (Thu) is a merge. Sorted by author instant.
    expect(shas(totals.commits)).toEqual(["a1", "a2", "a3", "a6", "b1", "b2", "a5"]);
    expect(shas(totals.merges)).toEqual(["a4"]);
    expect(totals.days.map((day) => day.date)).toEqual(lagosWeek.days);
    expect(perDay(totals)).toEqual([1, 1, 1, 0, 1, 1, 2]);
    // Thursday had only the merge: 6 active days, not 7
    expect(totals.activeDays).toBe(6);
  });

  it("cites each commit with its link and local date", () => {
    expect(totals.commits.at(-1)).toEqual({
      kind: "commit",
      repo: "cosmas/blog-api",
      sha: "a5",
      url: "https://github.com/cosmas/blog-api/commit/a5",
      authoredAt: "2025-11-23T22:30:00Z",
      date: "2025-11-23",
      subject: "Document setup, run and test steps in README",
      additions: 40,
      deletions: 3,
      changedFiles: 1,
    });
    expect(totals.commits[1]?.subject).toBe("Write tests for Post model");
  });

  it("counts the streak back from Sunday to the gap on Thursday", () => {
    // Sun, Sat, Fri active; Thu only merged → 3 days since Friday
    expect(totals.streak).toEqual({ days: 3, capped: false, since: "2025-11-21" });
  });

  it("finds test work: one file added, three changed, four new cases, count incomplete", () => {
    expect(paths(totals.tests.added)).toEqual(["cosmas/blog-api:blog/tests/test_api.py"]);
    // the removed blog/test_old.py is not "added or changed"; the rename counts once
    expect(paths(totals.tests.changed)).toEqual([
      "cosmas/blog-api:blog/tests.py",
      "cosmas/blog-api:blog/tests/test_forms.py",
      "cosmas/task-manager:tasks/tests/test_models.py",
    ]);
    expect(totals.tests.changed[1]?.previousPath).toBe("blog/test_forms.py");
    // tests.py: test_str_returns_title, test_slug_is_unique (make_post is no test);
    // test_api.py: test_list_posts, test_detail_async; blog/utils.py is no test file
    expect(totals.tests.newCases.map((found) => found.text)).toEqual([
      "def test_str_returns_title(self):",
      "def test_slug_is_unique(self):",
      "def test_list_posts(self):",
      "async def test_detail_async(self):",
    ]);
    // tasks/tests/test_models.py gained 12 lines the source could not show
    expect(totals.tests.newCasesComplete).toBe(false);
  });

  it("finds docs, data, CI and deployment changes", () => {
    expect(paths(totals.docs.readme)).toEqual(["cosmas/blog-api:README.md"]);
    expect(paths(totals.docs.otherDocs)).toEqual(["cosmas/blog-api:docs/deploy.md"]);
    expect(paths(totals.data.migrations)).toEqual([
      "cosmas/blog-api:blog/migrations/0001_initial.py",
      "cosmas/task-manager:tasks/migrations/0003_task_due_date.py",
    ]);
    expect(paths(totals.data.models)).toEqual([
      "cosmas/blog-api:blog/models.py",
      "cosmas/task-manager:tasks/models/task.py",
    ]);
    expect(paths(totals.delivery.workflows)).toEqual(["cosmas/blog-api:.github/workflows/ci.yml"]);
    expect(paths(totals.delivery.deployment)).toEqual([
      "cosmas/blog-api:Procfile",
      "cosmas/task-manager:docker-compose.yml",
    ]);
  });

  it("keeps pull requests and reviews inside the half-open window", () => {
    const { pullsOpened, pullsMerged, reviewsGiven } = totals.collaboration;
    // #1 and #2 opened earlier, #4 opened at the window's end; #1 merged the week before
    expect(pullsOpened.map((pull) => [pull.number, pull.at])).toEqual([
      [3, "2025-11-19T09:00:00Z"],
    ]);
    expect(pullsMerged.map((pull) => [pull.number, pull.at])).toEqual([
      [2, "2025-11-17T12:00:00Z"],
      [3, "2025-11-20T10:00:00Z"],
    ]);
    expect(pullsMerged[1]?.url).toBe("https://github.com/cosmas/blog-api/pull/3");
    // the review at the start counts, the one at the end does not
    expect(reviewsGiven.map((review) => [review.pullNumber, review.state])).toEqual([
      [7, "APPROVED"],
      [9, "COMMENTED"],
    ]);
  });

  it("flags vague and very large commits, never the merge", () => {
    expect(shas(totals.messages.vague)).toEqual(["a3", "b1"]); // "fix", "wip"
    expect(totals.messages.vague[0]?.url).toBe("https://github.com/cosmas/blog-api/commit/a3");
    // a6: 1400 + 2 lines > 1000; the merge a4 (1520 lines, 60 files) is not judged
    expect(shas(totals.messages.veryLarge)).toEqual(["a6"]);
  });
});

describe("the same week per repository", () => {
  it("keeps the repositories in order, quiet ones included", () => {
    expect(week.repos.map((repo) => repo.repo)).toEqual([
      "cosmas/blog-api",
      "cosmas/task-manager",
      "notes",
    ]);
    expect(blog?.url).toBe("https://github.com/cosmas/blog-api");
    expect(notes && "url" in notes).toBe(false);
  });

  it.each([
    // repo, commits per day, active days, streak
    ["cosmas/blog-api", [1, 1, 1, 0, 1, 0, 1], 5, { days: 1, capped: false, since: "2025-11-23" }],
    [
      "cosmas/task-manager",
      [0, 0, 0, 0, 0, 1, 1],
      2,
      { days: 2, capped: false, since: "2025-11-22" },
    ],
    ["notes", [0, 0, 0, 0, 0, 0, 0], 0, { days: 0, capped: false }],
  ])("%s: %j, %i active days", (name, days, activeDays, streak) => {
    const repo = week.repos.find((measured) => measured.repo === name);
    expect(repo && perDay(repo)).toEqual(days);
    expect(repo?.activeDays).toBe(activeDays);
    expect(repo?.streak).toEqual(streak);
  });

  it("has figures that add up to the totals", () => {
    const sum = (pick: (measures: ActivityMeasures) => unknown[]) =>
      week.repos.reduce((total, repo) => total + pick(repo).length, 0);
    expect(sum((measures) => measures.commits)).toBe(week.totals.commits.length);
    expect(sum((measures) => measures.tests.newCases)).toBe(4);
    expect(sum((measures) => measures.messages.vague)).toBe(2);
    expect(perDay(week.totals).reduce((a, b) => a + b, 0)).toBe(week.totals.commits.length);
  });

  it("says whether each repository's new-case count is complete", () => {
    expect(blog?.tests.newCasesComplete).toBe(true); // the rename added no lines
    expect(tasks?.tests.newCasesComplete).toBe(false);
  });

  it("reads each README at HEAD", () => {
    const readme = blog?.head.readme;
    expect(readme?.path).toBe("README.md");
    // lines 4-7: "## Setup", clone, venv, pip install -r requirements.txt
    expect(readme?.setup.lines.map((line) => line.line)).toEqual([4, 5, 6, 7]);
    // "## Running" and runserver; "migrate" alone shows neither
    expect(readme?.run.lines.map((line) => line.text)).toEqual([
      "## Running",
      "python manage.py runserver",
    ]);
    expect(readme?.test.lines.map((line) => line.line)).toEqual([13, 14]);
    const plain = tasks?.head.readme;
    expect([plain?.setup.present, plain?.run.present, plain?.test.present]).toEqual([
      false,
      false,
      false,
    ]);
    expect(notes?.head.readme.path).toBeUndefined();
  });

  it("lists CI and deployment files present at HEAD", () => {
    const headPaths = (files?: { path: string }[]) => files?.map((file) => file.path);
    expect(headPaths(blog?.head.workflows)).toEqual([".github/workflows/ci.yml"]);
    expect(headPaths(blog?.head.deployment)).toEqual(["Procfile", "runtime.txt"]);
    expect(headPaths(tasks?.head.workflows)).toEqual([".github/workflows/deploy.yml"]);
    expect(headPaths(tasks?.head.deployment)).toEqual([
      "Dockerfile",
      "docker-compose.yml",
      ".github/workflows/deploy.yml",
    ]);
    expect(blog?.head.workflows[0]).toEqual({
      kind: "head-file",
      repo: "cosmas/blog-api",
      path: ".github/workflows/ci.yml",
    });
  });
});

describe("edge weeks", () => {
  const empty: RepoActivity = {
    repo: "cosmas/empty",
    defaultBranch: "main",
    commits: [],
    changes: [],
    earlierCommitTimes: [],
    pulls: [],
    reviews: [],
    head: { paths: [] },
  };
  const zeros: ActivityMeasures = {
    commits: [],
    merges: [],
    days: lagosWeek.days.map((date) => ({ date, commits: 0 })),
    activeDays: 0,
    streak: { days: 0, capped: false },
    tests: { added: [], changed: [], newCases: [], newCasesComplete: true },
    docs: { readme: [], otherDocs: [] },
    data: { migrations: [], models: [] },
    delivery: { workflows: [], deployment: [] },
    collaboration: { pullsOpened: [], pullsMerged: [], reviewsGiven: [] },
    messages: { vague: [], veryLarge: [] },
  };

  it("measures a week with no commits as all zeros", () => {
    const result = measureWeek({ repos: [empty], window: lagosWeek, lookbackDays: 14 });
    expect(result.totals).toEqual(zeros);
    expect(result.repos[0]).toMatchObject({ repo: "cosmas/empty", ...zeros });
    expect(result.repos[0]?.head.readme.setup.present).toBe(false);
  });

  it("measures no repositories at all", () => {
    const result = measureWeek({ repos: [], window: lagosWeek, lookbackDays: 14 });
    expect(result).toEqual({ window: lagosWeek, lookbackDays: 14, totals: zeros, repos: [] });
  });

  it("leaves out a commit authored outside the window even if a source passes it", () => {
    const stray: Commit = {
      sha: "z9",
      repo: "cosmas/empty",
      authorEmail: "cosmas@example.com",
      authorName: "Cosmas Onyekwelu",
      authoredAt: "2025-11-16T22:59:00Z", // Sunday 16th, 23:59 in Lagos: last week
      message: "Start the project",
      parents: 1,
      additions: 10,
      deletions: 0,
      changedFiles: 1,
    };
    const result = measureWeek({
      repos: [{ ...empty, commits: [stray] }],
      window: lagosWeek,
      lookbackDays: 14,
    });
    expect(result.totals.commits).toEqual([]);
    expect(result.totals.activeDays).toBe(0);
  });
});
