import type { Commit, FileChange, RepoActivity } from "../../../src/domain/activity.js";
import type { MeasureWindow } from "../../../src/domain/measures/window.js";

/**
 * A realistic week of a Django learner in Lagos (UTC+1): Monday 17 – Sunday 23 November 2025,
 * over three repositories. Every figure the tests expect is worked out by hand beside them.
 */
export const lagosWeek: MeasureWindow = {
  interval: { start: "2025-11-16T23:00:00Z", end: "2025-11-23T23:00:00Z" },
  timezone: "Africa/Lagos",
  days: ["17", "18", "19", "20", "21", "22", "23"].map((day) => `2025-11-${day}`),
};

function commit(
  repo: string,
  sha: string,
  authoredAt: string,
  message: string,
  size: { additions: number; deletions: number; changedFiles: number; parents?: number },
): Commit {
  return {
    sha,
    repo,
    authorLogin: "cosmas",
    authorEmail: "cosmas@example.com",
    authorName: "Cosmas Onyekwelu",
    authoredAt,
    message,
    parents: size.parents ?? 1,
    additions: size.additions,
    deletions: size.deletions,
    changedFiles: size.changedFiles,
    url: `https://github.com/${repo}/commit/${sha}`,
  };
}

const change = (fields: Partial<FileChange> & { path: string }): FileChange => ({
  status: "modified",
  additions: 0,
  deletions: 0,
  ...fields,
});

const BLOG = "cosmas/blog-api";
const TASKS = "cosmas/task-manager";

const BLOG_README = [
  "# Blog API", // 1
  "A small blog backend built with Django.", // 2
  "", // 3
  "## Setup", // 4
  "git clone https://github.com/cosmas/blog-api.git", // 5
  "python -m venv venv", // 6
  "pip install -r requirements.txt", // 7
  "", // 8
  "## Running", // 9
  "python manage.py migrate", // 10
  "python manage.py runserver", // 11
  "", // 12
  "## Tests", // 13
  "python manage.py test", // 14
].join("\n");

const blogApi: RepoActivity = {
  repo: BLOG,
  url: `https://github.com/${BLOG}`,
  defaultBranch: "main",
  // Given out of order on purpose: the measures sort by author instant.
  commits: [
    // Sunday 23:30 in Lagos: the window's last day, not Monday
    commit(BLOG, "a5", "2025-11-23T22:30:00Z", "Document setup, run and test steps in README", {
      additions: 40,
      deletions: 3,
      changedFiles: 1,
    }),
    commit(BLOG, "a1", "2025-11-17T08:15:00Z", "Add Post model and initial migration", {
      additions: 120,
      deletions: 0,
      changedFiles: 3,
    }),
    commit(BLOG, "a2", "2025-11-18T19:40:00Z", "Write tests for Post model\n\nCovers __str__.", {
      additions: 60,
      deletions: 0,
      changedFiles: 2,
    }),
    // Tuesday 23:10Z is Wednesday 00:10 in Lagos
    commit(BLOG, "a3", "2025-11-18T23:10:00Z", "fix", {
      additions: 2,
      deletions: 1,
      changedFiles: 1,
    }),
    commit(BLOG, "a4", "2025-11-20T10:00:00Z", "Merge pull request #3 from cosmas/post-tests", {
      additions: 1500,
      deletions: 20,
      changedFiles: 60,
      parents: 2,
    }),
    commit(BLOG, "a6", "2025-11-21T14:00:00Z", "Add seed fixtures for posts", {
      additions: 1400,
      deletions: 2,
      changedFiles: 4,
    }),
  ],
  changes: [
    change({ path: "blog/models.py", additions: 30, deletions: 2 }),
    change({ path: "blog/migrations/0001_initial.py", status: "added", additions: 40 }),
    change({ path: "blog/migrations/__init__.py", status: "added" }),
    change({
      path: "blog/tests.py",
      additions: 14,
      addedLines: [
        "    def test_str_returns_title(self):",
        "        self.assertEqual(str(self.post), 'Hello')",
        "    def test_slug_is_unique(self):",
        "    def make_post(self):",
      ],
    }),
    change({
      path: "blog/tests/test_api.py",
      status: "added",
      additions: 25,
      addedLines: [
        "from django.test import TestCase",
        "class PostApiTests(TestCase):",
        "    def test_list_posts(self):",
        "    async def test_detail_async(self):",
        "def helper():",
      ],
    }),
    change({
      path: "blog/tests/test_forms.py",
      previousPath: "blog/test_forms.py",
      status: "renamed",
    }),
    change({ path: "blog/test_old.py", status: "removed", deletions: 12 }),
    change({
      path: "blog/utils.py",
      status: "added",
      additions: 6,
      addedLines: ["def test_connection():", "    return True"],
    }),
    change({ path: "README.md", additions: 40, deletions: 3 }),
    change({ path: "docs/deploy.md", status: "added", additions: 22 }),
    change({ path: "Procfile", status: "added", additions: 1 }),
    change({ path: ".github/workflows/ci.yml", status: "added", additions: 28 }),
  ],
  earlierCommitTimes: ["2025-11-15T10:00:00Z"],
  pulls: [
    {
      repo: BLOG,
      number: 1,
      title: "Project skeleton",
      authorLogin: "cosmas",
      createdAt: "2025-11-03T09:00:00Z",
      mergedAt: "2025-11-12T09:00:00Z", // merged the week before
      url: `https://github.com/${BLOG}/pull/1`,
    },
    {
      repo: BLOG,
      number: 2,
      title: "Add Post model",
      authorLogin: "cosmas",
      createdAt: "2025-11-10T09:00:00Z",
      mergedAt: "2025-11-17T12:00:00Z",
      url: `https://github.com/${BLOG}/pull/2`,
    },
    {
      repo: BLOG,
      number: 3,
      title: "Post tests",
      authorLogin: "cosmas",
      createdAt: "2025-11-19T09:00:00Z",
      mergedAt: "2025-11-20T10:00:00Z",
      url: `https://github.com/${BLOG}/pull/3`,
    },
    {
      repo: BLOG,
      number: 4,
      title: "README polish",
      authorLogin: "cosmas",
      createdAt: "2025-11-23T23:00:00Z", // the window's end: next week
      url: `https://github.com/${BLOG}/pull/4`,
    },
  ],
  reviews: [],
  head: {
    readme: BLOG_README,
    readmePath: "README.md",
    paths: [".github/workflows/ci.yml", "Procfile", "manage.py", "requirements.txt", "runtime.txt"],
  },
};

const review = (pullNumber: number, id: number, state: string, submittedAt: string) => ({
  repo: TASKS,
  pullNumber,
  authorLogin: "cosmas",
  submittedAt,
  state,
  url: `https://github.com/${TASKS}/pull/${pullNumber}#pullrequestreview-${id}`,
});

const taskManager: RepoActivity = {
  repo: TASKS,
  url: `https://github.com/${TASKS}`,
  defaultBranch: "main",
  commits: [
    commit(TASKS, "b1", "2025-11-22T11:00:00Z", "wip", {
      additions: 30,
      deletions: 5,
      changedFiles: 2,
    }),
    commit(TASKS, "b2", "2025-11-23T09:00:00Z", "Add due dates to tasks", {
      additions: 45,
      deletions: 3,
      changedFiles: 3,
    }),
  ],
  changes: [
    change({ path: "tasks/models/task.py", additions: 8, deletions: 1 }),
    change({ path: "tasks/migrations/0003_task_due_date.py", status: "added", additions: 18 }),
    // the source could not show this diff
    change({ path: "tasks/tests/test_models.py", additions: 12 }),
    change({ path: "docker-compose.yml", additions: 3, deletions: 1 }),
  ],
  earlierCommitTimes: ["2025-11-16T20:00:00Z"],
  pulls: [],
  reviews: [
    review(7, 101, "APPROVED", "2025-11-16T23:00:00Z"), // the window's start: inside
    review(9, 102, "COMMENTED", "2025-11-21T16:00:00Z"),
    review(9, 103, "APPROVED", "2025-11-23T23:00:00Z"), // the window's end: outside
  ],
  head: {
    readme: "# Task manager\n\nA to-do app built with Django.\n",
    readmePath: "README.md",
    paths: ["Dockerfile", "docker-compose.yml", ".github/workflows/deploy.yml"],
  },
};

const notes: RepoActivity = {
  repo: "notes",
  defaultBranch: "main",
  commits: [],
  changes: [],
  earlierCommitTimes: ["2025-11-02T10:00:00Z"],
  pulls: [],
  reviews: [],
  head: { paths: [] },
};

export const djangoWeek: RepoActivity[] = [blogApi, taskManager, notes];
