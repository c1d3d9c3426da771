import { describe, expect, it } from "vitest";
import type { Commit, FileChange, RepoActivity } from "../../../src/domain/activity.js";
import { isKind, readMarker, renderMarker, type Marker } from "../../../src/domain/marker.js";
import { measureWeek } from "../../../src/domain/measures/week-measures.js";
import type { MeasureWindow } from "../../../src/domain/measures/window.js";
import { goalFactsFromMarker, type GoalFacts } from "../../../src/domain/goals/facts.js";
import { goalFactsOf } from "../../../src/domain/goals/facts-of.js";
import { isDjangoProject } from "../../../src/domain/goals/django.js";

/** Monday 17 – Sunday 23 November 2025, in UTC. */
const window: MeasureWindow = {
  interval: { start: "2025-11-17T00:00:00Z", end: "2025-11-24T00:00:00Z" },
  timezone: "UTC",
  days: ["17", "18", "19", "20", "21", "22", "23"].map((day) => `2025-11-${day}`),
};

const commit = (repo: string, sha: string, authoredAt: string, message: string): Commit => ({
  sha,
  repo,
  authorEmail: "ada@example.com",
  authorName: "Ada",
  authoredAt,
  message,
  parents: 1,
  additions: 5,
  deletions: 0,
  changedFiles: 1,
});

const change = (path: string, addedLines: string[], status: FileChange["status"] = "modified") => ({
  path,
  status,
  additions: addedLines.length,
  deletions: 0,
  addedLines,
});

const BLOG = "ada/blog";
const blog: RepoActivity = {
  repo: BLOG,
  defaultBranch: "main",
  commits: [
    commit(BLOG, "b1", "2025-11-17T10:00:00Z", "Add Post model"),
    commit(BLOG, "b2", "2025-11-18T10:00:00Z", "wip"),
    commit(BLOG, "b3", "2025-11-19T10:00:00Z", "Connect Postgres and add login"),
  ],
  changes: [
    change("mysite/settings.py", ["DATABASES = {", '    "default": dj_database_url.config(),']),
    change("requirements.txt", ["Django==5.1.2", "psycopg2-binary==2.9.9"]),
    change(
      "accounts/urls.py",
      [
        "from django.contrib.auth.views import LoginView",
        "from django.urls import path",
        '    path("login/", LoginView.as_view(), name="login"),',
      ],
      "added",
    ),
    change("blog/views.py", ["from django.views.generic import CreateView", "    model = Post"]),
    change("blog/models.py", ["class Post(models.Model):"]),
    // generated: mentions the user model, but is no authentication work
    change(
      "blog/migrations/0002_post_author.py",
      ["migrations.swappable_dependency(settings.AUTH_USER_MODEL),"],
      "added",
    ),
    // a test that logs in tests authentication; it does not build it
    change("blog/tests/test_views.py", ["        self.client.login(username='ada')"], "added"),
    { path: "core/middleware.py", status: "removed", additions: 0, deletions: 12 },
    change("Procfile", ["web: gunicorn mysite.wsgi"], "added"),
    change(".github/workflows/ci.yml", ["on: push"], "added"),
  ],
  earlierCommitTimes: [],
  pulls: [
    {
      repo: BLOG,
      number: 4,
      title: "Login",
      authorLogin: "ada",
      createdAt: "2025-11-18T09:00:00Z",
      mergedAt: "2025-11-19T09:00:00Z",
      url: "https://github.com/ada/blog/pull/4",
    },
  ],
  reviews: [
    {
      repo: BLOG,
      pullNumber: 5,
      authorLogin: "ada",
      submittedAt: "2025-11-20T09:00:00Z",
      state: "APPROVED",
      url: "https://github.com/ada/blog/pull/5#pullrequestreview-1",
    },
  ],
  head: {
    readme:
      "# Blog\n\n[![CI](https://img.shields.io/badge/ci-passing-green)](https://github.com/ada/blog)\n\n" +
      "Try the live demo: https://ada-blog.onrender.com/.\n\n" +
      "pip install -r requirements.txt\npython manage.py runserver\nOpen http://127.0.0.1:8000/\n",
    readmePath: "README.md",
    paths: [".github/workflows/ci.yml", "Procfile", "manage.py", "requirements.txt"],
  },
};

/** No commits this week, but its README says how to test. */
const notes: RepoActivity = {
  repo: "ada/notes",
  defaultBranch: "main",
  commits: [],
  changes: [],
  earlierCommitTimes: [],
  pulls: [],
  reviews: [],
  head: { readme: "# Notes\n\n## Testing\n\npytest\n", readmePath: "README.md", paths: [] },
};

/** A Flask app: active, but no Django project. */
const flask: RepoActivity = {
  ...notes,
  repo: "ada/flask-app",
  commits: [commit("ada/flask-app", "f1", "2025-11-21T10:00:00Z", "Add the index route")],
  changes: [change("requirements.txt", ["flask==3.0.0"])],
  head: { paths: ["requirements.txt"] },
};

const repos = [blog, notes, flask];
const facts = goalFactsOf(repos, measureWeek({ repos, window, lookbackDays: 14 }));

describe("goalFactsOf on a hand-made week", () => {
  it("finds every fact worked out by hand", () => {
    const expected: GoalFacts = {
      // blog's README: "pip install" (setup), "runserver" (run); notes' README: "Testing"/"pytest"
      readme: { setup: true, run: true, test: true },
      models: 1, // blog/models.py
      migrations: 1, // 0002_post_author.py
      workflows: { changed: 1, atHead: 1 }, // ci.yml, added and present
      deployment: { changed: 1, atHead: 1 }, // Procfile, added and present
      // the README's onrender.com address, its full stop left out; the badge, the GitHub link
      // and the local address are not the app; ci.yml is not a deploy workflow
      live: { deployWorkflows: 0, urls: ["https://ada-blog.onrender.com/"] },
      pulls: { opened: 1, merged: 1 }, // #4, opened Tue, merged Wed
      reviewsGiven: 1,
      vagueMessages: 1, // "wip"
      activeRepos: [BLOG, "ada/flask-app"], // notes had no commit
      djangoProjects: [BLOG], // manage.py at HEAD, Django==5.1.2
      code: {
        // DATABASES in settings; psycopg2-binary in requirements
        database: { files: 2, examples: ["mysite/settings.py", "requirements.txt"] },
        // LoginView in urls.py; not the migration, not the test
        auth: { files: 1, examples: ["accounts/urls.py"] },
        crud: { files: 1, examples: ["blog/views.py"] }, // CreateView
        http: { files: 1, examples: ["accounts/urls.py"] }, // path(
        middleware: { files: 0, examples: [] }, // the middleware module was removed
      },
    };
    expect(facts).toEqual(expected);
  });

  it("travels in a marker and back", () => {
    // A weekly marker's `facts`, as the review job hands them to goalFactsFromMarker.
    const factsIn = (marker: Marker | undefined) =>
      goalFactsFromMarker(isKind(marker, "weekly") ? marker.facts : undefined);
    const marker = readMarker(renderMarker({ kind: "weekly", week: 8, facts }));
    expect(isKind(marker, "weekly")).toBe(true);
    expect(factsIn(marker)).toEqual(facts);
    expect(factsIn(readMarker(renderMarker({ kind: "weekly", week: 8 })))).toBeUndefined();
    expect(factsIn({ kind: "weekly", week: 8, facts: { ...facts, models: -1 } })).toBeUndefined();
  });

  it("stays small enough for a marker", () => {
    expect(JSON.stringify(facts).length).toBeLessThan(800);
  });
});

describe("code evidence, one added line at a time", () => {
  const only = (path: string, line: string) =>
    goalFactsOf(
      [{ ...notes, changes: [change(path, [line])] }],
      measureWeek({ repos: [], window, lookbackDays: 0 }),
    ).code;
  const kinds = (path: string, line: string) =>
    Object.entries(only(path, line))
      .filter(([, evidence]) => evidence.files > 0)
      .map(([kind]) => kind);

  it.each([
    ["config/settings/base.py", "    'ENGINE': 'django.db.backends.sqlite3',", ["database"]],
    ["pyproject.toml", '  "mysqlclient>=2.2",', ["database"]],
    ["requirements/prod.txt", "dj-database-url==2.1", ["database"]],
    ["app/db.py", "import sqlite3", ["database"]],
    ["notes.txt", "DATABASES = {}", []],
    ["users/models.py", "class User(AbstractUser):", ["auth"]],
    ["blog/views.py", "@login_required", ["auth"]],
    ["api/views.py", "    permission_classes = [IsAuthenticated]", ["auth"]],
    ["users/forms.py", "class SignUpForm(UserCreationForm):", ["auth"]],
    ["api/views.py", "class TaskViewSet(viewsets.ModelViewSet):", ["crud", "http"]],
    ["api/views.py", "@api_view(['GET', 'POST'])", ["crud", "http"]],
    ["api/views.py", "@api_view(['GET'])", ["http"]],
    ["blog/forms.py", "class PostForm(forms.ModelForm):", ["crud"]],
    ["blog/views.py", '    if request.method == "POST":', ["crud"]],
    ["api/serializers.py", "class TaskSerializer(serializers.ModelSerializer):", ["http"]],
    ["blog/views.py", "    return JsonResponse(data)", ["http"]],
    ["blog/views.py", '    path("x/", view)', []],
    ["mysite/settings.py", "    'blog.middleware.TimingMiddleware',", ["middleware"]],
    ["core/middleware.py", "def timing(get_response):", ["middleware"]],
    ["blog/tests.py", "@login_required", []],
  ])("%s: %s → %j", (path, line, expected) => {
    expect(kinds(path, line)).toEqual(expected);
  });
});

describe("isDjangoProject", () => {
  const repo = (changes: FileChange[], paths: string[] = []): RepoActivity => ({
    ...notes,
    changes,
    head: { paths },
  });

  it.each([
    ["manage.py at HEAD", repo([], ["manage.py"]), true],
    [
      "manage.py added in a subfolder",
      repo([change("site/manage.py", ["#!/usr/bin/env python"], "added")]),
      true,
    ],
    ["Django required", repo([change("requirements.txt", ["django>=4.2"])]), true],
    ["Django in pyproject.toml", repo([change("pyproject.toml", ['  "Django>=5.0",'])]), true],
    [
      "an import of Django",
      repo([change("blog/views.py", ["from django.shortcuts import render"])]),
      true,
    ],
    ["Flask required", repo([change("requirements.txt", ["flask==3.0.0"])]), false],
    ["the word in a README", repo([change("README.md", ["from django import forms"])]), false],
    [
      "manage.py removed",
      repo([{ path: "manage.py", status: "removed", additions: 0, deletions: 20 }]),
      false,
    ],
  ])("%s → %s", (_, activity, expected) => {
    expect(isDjangoProject(activity)).toBe(expected);
  });
});
