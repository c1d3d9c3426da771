import type { Commit, FileChange, RepoActivity } from "../../../src/domain/activity.js";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";
import { localDaysOf, weekNumbered } from "../../../src/domain/week/window.js";
import { measureWeek } from "../../../src/domain/measures/week-measures.js";
import type { WeeklyFigures, WeeklyTargets } from "../../../src/domain/figures.js";

/**
 * Ada's week 8 in Lagos (UTC+1, no DST): course from Tuesday 2025-09-30, issues on Mondays,
 * so week 1 is Sep 29 – Oct 5 and week 8 is Monday Nov 17 – Sunday Nov 23, 2025.
 * Commits per local day are [0, 2, 1, 0, 4, 0, 1] across two repositories.
 */
const calendar: CourseCalendar = {
  startDate: "2025-09-30",
  weeks: 24,
  timezone: "Africa/Lagos",
  weekly: { day: "monday", time: "09:00" },
};
export const window = weekNumbered(calendar, 8);
const measureWindow = {
  interval: window.interval,
  timezone: calendar.timezone,
  days: localDaysOf(window),
};

export const BLOG = "ada/blog-api";
const TASKS = "ada/task-manager";
export const targets: WeeklyTargets = { commits: 7, active_days: 4, test_files: 1 };

/** A 40-character SHA whose short form is seven copies of `digit`. */
export const sha = (digit: number) => `${String(digit).repeat(7)}${"f".repeat(33)}`;

/** One of Ada's commits, ten lines in one file unless `size` says more. */
export function commit(
  repo: string,
  n: number,
  authoredAt: string,
  message: string,
  size = 10,
): Commit {
  return {
    sha: sha(n),
    repo,
    authorLogin: "ada",
    authorEmail: "ada@example.com",
    authorName: "Ada Obi",
    authoredAt,
    message,
    parents: 1,
    additions: size,
    deletions: 0,
    changedFiles: 1,
    url: `https://github.com/${repo}/commit/${sha(n)}`,
  };
}

const change = (fields: Partial<FileChange> & { path: string }): FileChange => ({
  status: "modified",
  additions: 1,
  deletions: 0,
  ...fields,
});

/** A commit subject that would break a table, inject HTML, ping @bob and link issue #3 if quoted raw. */
const HOSTILE = "Fix `a|b` <img src=x onerror=alert(1)> **now** @bob #3";

export function blogApi(): RepoActivity {
  return {
    repo: BLOG,
    url: `https://github.com/${BLOG}`,
    defaultBranch: "main",
    commits: [
      commit(BLOG, 1, "2025-11-18T08:00:00Z", "Add Post model and migration"), // Tue
      commit(BLOG, 2, "2025-11-18T15:00:00Z", "fix"), // Tue, vague
      commit(BLOG, 3, "2025-11-19T10:00:00Z", "Write tests for the Post model"), // Wed
      { ...commit(BLOG, 9, "2025-11-20T10:00:00Z", "Merge pull request #4"), parents: 2 }, // Thu, merge
      commit(BLOG, 4, "2025-11-21T09:00:00Z", "wip"), // Fri, vague
      commit(BLOG, 5, "2025-11-21T11:00:00Z", "Add the comments API"), // Fri
      { ...commit(BLOG, 6, "2025-11-21T13:00:00Z", HOSTILE), additions: 1400, changedFiles: 3 }, // Fri, very large
      commit(BLOG, 8, "2025-11-23T22:30:00Z", "Document setup in the README"), // Sun 23:30 local
      commit(BLOG, 0, "2025-11-23T23:30:00Z", "Next week's first commit"), // Mon 24 00:30 local: outside
    ],
    changes: [
      change({
        path: "blog/tests/test_models.py",
        status: "added",
        addedLines: ["def test_str(self):", "    assert True", "def test_slug(self):"],
      }),
      change({ path: "blog/tests.py", addedLines: ["    def test_list(self):"] }),
      change({ path: "README.md" }),
      change({ path: "docs/api.md", status: "added" }),
      change({ path: "blog/models.py" }),
    ],
    earlierCommitTimes: [],
    pulls: [],
    reviews: [],
    head: {
      readmePath: "README.md",
      readme:
        "# Blog API\n\n## Setup\npip install -r requirements.txt\n\npython manage.py runserver\n",
      paths: [],
    },
  };
}

export function taskManager(): RepoActivity {
  return {
    repo: TASKS,
    url: `https://github.com/${TASKS}`,
    defaultBranch: "main",
    commits: [commit(TASKS, 7, "2025-11-21T16:00:00Z", "Add due dates to tasks")], // Fri
    // 5 added lines the source could not show: the case count is a lower bound
    changes: [change({ path: "tasks/test_views.py", additions: 5 })],
    earlierCommitTimes: [],
    pulls: [],
    reviews: [],
    head: { readmePath: "README.md", readme: "# Tasks\n\nA to-do app.\n", paths: [] },
  };
}

/** A repository with nothing this week and no README: it never appears. */
export function notes(): RepoActivity {
  const empty = { commits: [], changes: [], earlierCommitTimes: [], pulls: [], reviews: [] };
  return { repo: "ada/notes", defaultBranch: "main", ...empty, head: { paths: [] } };
}

/** Measures Ada's week over the given repositories, with a 14-day look-back. */
export const measure = (repos: RepoActivity[]) =>
  measureWeek({ repos, window: measureWindow, lookbackDays: 14 });

/** Ada's week 7, as week 8's issue reads it back from its marker. */
export const LAST_WEEK: WeeklyFigures = {
  commits: 5,
  activeDays: 3,
  testFiles: 1,
  newTestCases: 2,
  newTestCasesComplete: true,
  docsChanges: 0,
  streakDays: 2,
  streakCapped: false,
};
