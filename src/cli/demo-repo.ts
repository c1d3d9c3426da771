import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { WeekWindow } from "../domain/week/window.js";
import { addDays, zonedInstant } from "../domain/week/time.js";
import { DEMO_EXPECTATIONS } from "./demo-expectations.js";

const run = promisify(execFile);

/** The demo learner, as the demo config names them. */
export const DEMO_LEARNER = { name: "Cosmas Onyekwelu", email: "cosmas@example.com" };
export const DEMO_TIMEZONE = "Africa/Lagos";

interface DemoCommit {
  /** Day of the window (0 = its first day; negative = before it, 7 = the posting day). */
  day: number;
  time: string;
  message: string;
  files: Record<string, string>;
  author?: { name: string; email: string };
}

const README_START = `# Task Manager

A small Django app to keep track of tasks.

## Setup

\`\`\`sh
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
\`\`\`

## Run

\`\`\`sh
python manage.py migrate
python manage.py runserver
\`\`\`
`;

const TESTS_SECTION = `
## Tests

\`\`\`sh
python manage.py test
\`\`\`
`;

/**
 * A week of a Django learner's work: a model and its migration, views, tests, a vague
 * message, deployment files, and a commit at 23:30 on the window's last day. One commit
 * before the window feeds the streak; one after it must not count.
 */
function demoHistory(): DemoCommit[] {
  return [
    {
      day: -1,
      time: "20:00",
      message: "Start the task manager project",
      files: {
        "EXPECTATIONS.md": DEMO_EXPECTATIONS,
        "manage.py": "#!/usr/bin/env python\n",
        "requirements.txt": "Django>=5.0\n",
      },
    },
    {
      day: 0,
      time: "19:10",
      message: "Add Task model and its first migration",
      files: {
        "tasks/models.py":
          "from django.db import models\n\nclass Task(models.Model):\n    title = models.CharField(max_length=200)\n",
        "tasks/migrations/0001_initial.py": "from django.db import migrations\n",
      },
    },
    {
      day: 1,
      time: "20:30",
      message: "Add task list and detail views with URL routes",
      files: { "tasks/views.py": "# views\n", "tasks/urls.py": "urlpatterns = []\n" },
    },
    {
      day: 2,
      time: "21:05",
      message: "Write tests for the task views",
      files: {
        "tasks/tests/test_views.py": [
          "from django.test import TestCase",
          "",
          "class TaskViewTests(TestCase):",
          "    def test_list_shows_tasks(self):",
          "        pass",
          "",
          "    def test_detail_returns_404_for_unknown_task(self):",
          "        pass",
          "",
        ].join("\n"),
      },
    },
    { day: 4, time: "18:45", message: "update", files: { "README.md": README_START } },
    {
      day: 5,
      time: "11:00",
      message: "Add Procfile and a CI workflow",
      files: {
        Procfile: "web: gunicorn config.wsgi\n",
        ".github/workflows/ci.yml": "name: CI\non: push\n",
      },
    },
    {
      day: 6,
      time: "23:30",
      message: "Document how to run the tests",
      files: { "README.md": README_START + TESTS_SECTION },
    },
    {
      day: 7,
      time: "00:05",
      message: "Start on task priorities",
      files: { "tasks/priorities.py": "# next week\n" },
    },
  ];
}

/**
 * Builds the demo repository, `task-manager`, in a new temporary folder, its history dated
 * around `window` so that window is the week the preview shows. Returns the repository's
 * folder; remove its parent when done.
 */
export async function buildDemoRepo(window: WeekWindow): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "checkpoint-demo-")), "task-manager");
  await mkdir(dir);
  const git = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run("git", args, { cwd: dir, env: { ...process.env, ...env } });
  await git(["init", "--quiet", "--initial-branch=main"]);
  for (const commit of demoHistory()) {
    for (const [path, text] of Object.entries(commit.files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const date = zonedInstant(
      addDays(window.firstDay, commit.day),
      commit.time,
      DEMO_TIMEZONE,
    ).toISO();
    const author = commit.author ?? DEMO_LEARNER;
    await git(["add", "--all"]);
    await git(["commit", "--quiet", "--no-gpg-sign", "-m", commit.message], {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_AUTHOR_DATE: date ?? "",
      GIT_COMMITTER_DATE: date ?? "",
    });
  }
  return dir;
}
