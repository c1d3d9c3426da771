import { afterEach, describe, expect, it } from "vitest";
import { fetchLocalActivity } from "../../src/git/index.js";
import { ADA, README, buildScenario, learner, lookbackStart, window } from "./scenario.js";
import { tempRepo, type TempRepo } from "./temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const week = (dir: string) => fetchLocalActivity({ dir, window, lookbackStart, learner });

describe("fetchLocalActivity", () => {
  it("finds a commit of the week rebased the Monday after, when read after the rebase", async () => {
    const repo = tempRepo();
    repos.push(repo);
    repo.commit({ ...ADA, at: "2025-11-10T09:00:00Z" }, "Start", { "a.txt": "a\n" });
    // Written Thursday Nov 20; `git pull --rebase` on Monday Nov 24 at 07:00 gives it that
    // commit date, before the weekly issue is due at 09:00.
    repo.commit({ ...ADA, at: "2025-11-20T10:00:00Z" }, "Add the views", { "views.py": "x\n" });
    repo.git(["commit", "--amend", "--quiet", "--no-edit", "--date=2025-11-20T10:00:00Z"], {
      ...ADA,
      at: "2025-11-24T07:00:00Z",
    });
    expect(repo.git(["log", "-1", "--format=%aI %cI"])).toBe(
      "2025-11-20T10:00:00+00:00 2025-11-24T07:00:00+00:00",
    );

    const measured = await fetchLocalActivity({
      dir: repo.dir,
      window,
      lookbackStart,
      learner,
      committedUntil: "2025-11-24T08:00:00Z",
    });

    // Counted in week Nov 17–23, by when it was written.
    expect(measured.commits.map((commit) => commit.authoredAt)).toEqual(["2025-11-20T10:00:00Z"]);
    expect(measured.changes.map((change) => change.path)).toEqual(["views.py"]);
    // Read only up to the week's end, as before, it was in no week at all.
    expect((await week(repo.dir)).commits).toEqual([]);
  });

  it("reads the scenario week: the learner's commits once, merges apart, net changes, HEAD", async () => {
    const { repo, sha } = buildScenario();
    repos.push(repo);
    const activity = await week(repo.dir);

    const base = { repo: "blog", authorName: "Ada", deletions: 0 };
    // Grace's commit and the bot's are not Ada's; f1..f2 show once though both branches hold them.
    expect(activity.commits).toEqual([
      {
        ...base,
        sha: sha.c2,
        authorEmail: "ada@work.example",
        authoredAt: "2025-11-18T09:00:00Z",
        message: "Say goodbye too",
        parents: 1,
        additions: 1,
        changedFiles: 1,
      },
      {
        ...base,
        sha: sha.f1,
        authorEmail: "ada@home.example",
        authoredAt: "2025-11-18T10:00:00Z",
        message: "Test the home page",
        parents: 1,
        additions: 2,
        changedFiles: 1,
      },
      {
        ...base,
        sha: sha.f2,
        authorEmail: "1234+ada@users.noreply.github.com",
        authoredAt: "2025-11-19T10:00:00Z",
        message: "Move notes to docs",
        parents: 1,
        additions: 1,
        changedFiles: 1,
      },
      // Against its first parent g, the merge brings the test file (+2) and the moved notes (+1).
      {
        ...base,
        sha: sha.merge,
        authorEmail: "ada@home.example",
        authoredAt: "2025-11-20T09:00:00Z",
        message: "Merge feature",
        parents: 2,
        additions: 3,
        changedFiles: 2,
      },
      {
        ...base,
        sha: sha.c6,
        authorEmail: "ada@home.example",
        authoredAt: "2025-11-21T09:00:00Z",
        message: "Deploy with a Procfile and CI",
        parents: 1,
        additions: 3,
        changedFiles: 2,
      },
    ]);
    expect(activity.earlierCommitTimes).toEqual(["2025-11-10T08:00:00Z"]);
    // Lines root..f2 and merge..c6; CONTRIBUTING.md (Grace) and requirements.txt (bot) are not Ada's work.
    expect(activity.changes).toEqual([
      {
        path: ".github/workflows/ci.yml",
        status: "added",
        additions: 2,
        deletions: 0,
        addedLines: ["on: push", "jobs: {}"],
        removedLines: [],
      },
      {
        path: "Procfile",
        status: "added",
        additions: 1,
        deletions: 0,
        addedLines: ["web: python app.py"],
        removedLines: [],
      },
      {
        path: "app.py",
        status: "modified",
        additions: 1,
        deletions: 0,
        addedLines: ["print('bye')"],
        removedLines: [],
      },
      {
        path: "docs/notes.md",
        previousPath: "notes.txt",
        status: "renamed",
        additions: 1,
        deletions: 0,
        addedLines: ["delta line"],
        removedLines: [],
      },
      {
        path: "tests/test_app.py",
        status: "added",
        additions: 2,
        deletions: 0,
        addedLines: ["def test_home():", "    assert True"],
        removedLines: [],
      },
    ]);
    expect(activity.head).toEqual({
      readme: README,
      readmePath: "README.md",
      paths: [".github/workflows/ci.yml", "Procfile", "requirements.txt"],
    });
    expect(activity).toMatchObject({ repo: "blog", defaultBranch: "main", pulls: [], reviews: [] });
  });

  it("reads an empty repository as a quiet week on its unborn branch", async () => {
    const repo = tempRepo("fresh");
    repos.push(repo);
    expect(await week(repo.dir)).toEqual({
      repo: "fresh",
      defaultBranch: "main",
      commits: [],
      changes: [],
      earlierCommitTimes: [],
      pulls: [],
      reviews: [],
      head: { paths: [] },
    });
  });

  it("diffs a repository born this week from its root commit", async () => {
    const repo = tempRepo("new");
    repos.push(repo);
    repo.commit({ ...ADA, at: "2025-11-18T08:00:00Z" }, "First", {
      "readme.md": "hi\n",
      "a.py": "x = 1\n",
    });
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "Second", { "a.py": "x = 2\n" });
    const activity = await week(repo.dir);
    // Root diff adds both files; the range after it turns "x = 1" into "x = 2" (+1 −1) on a.py.
    expect(activity.changes).toEqual([
      {
        path: "a.py",
        status: "added",
        additions: 2,
        deletions: 1,
        addedLines: ["x = 1", "x = 2"],
        removedLines: ["x = 1"],
      },
      {
        path: "readme.md",
        status: "added",
        additions: 1,
        deletions: 0,
        addedLines: ["hi"],
        removedLines: [],
      },
    ]);
    expect(activity.head).toEqual({ readme: "hi\n", readmePath: "readme.md", paths: [] });
  });

  it("does not count a stash, which git records as a merge commit", async () => {
    const repo = tempRepo("stashy");
    repos.push(repo);
    repo.commit({ ...ADA, at: "2025-11-18T08:00:00Z" }, "First", { "a.py": "x = 1\n" });
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "Work", { "a.py": "x = 2\n" });
    repo.git(["checkout", "--quiet", "HEAD~1", "--", "a.py"]);
    repo.git(["stash", "--quiet"], { ...ADA, at: "2025-11-19T09:00:00Z" });
    const activity = await week(repo.dir);
    expect(activity.commits.map((commit) => commit.message)).toEqual(["First", "Work"]);
  });
});

describe("the repository at HEAD", () => {
  it("names the CI configuration of every provider, folders included", async () => {
    const repo = tempRepo();
    repos.push(repo);
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "CI everywhere", {
      ".travis.yml": "language: python\n",
      ".circleci/config.yml": "version: 2.1\n",
      ".circleci/notes.txt": "not CI\n",
      ".woodpecker/test.yml": "steps: []\n",
      ".github/workflows/ci.yml": "on: push\n",
      // Only a workflow folder's own files are workflows; GitHub runs none from deeper.
      ".github/workflows/old/legacy.yml": "on: push\n",
      ".github/dependabot.yml": "version: 2\n",
      Jenkinsfile: "pipeline {}\n",
      "src/app.py": "x\n",
    });
    // A user's git settings for pathspecs change nothing.
    process.env.GIT_GLOB_PATHSPECS = "1";
    const { head } = await week(repo.dir).finally(() => delete process.env.GIT_GLOB_PATHSPECS);
    expect(head.paths).toEqual([
      ".circleci/config.yml",
      ".github/workflows/ci.yml",
      ".travis.yml",
      ".woodpecker/test.yml",
      "Jenkinsfile",
    ]);
  });
});

describe("the README a week is judged on", () => {
  it("is the README as the week ended, not as it is now", async () => {
    const repo = tempRepo();
    repos.push(repo);
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "Say how to install", {
      "README.md": "# Blog\n\n    pip install -r requirements.txt\n",
    });
    // Two days after the week ended, the README learns how to run the tests.
    repo.commit({ ...ADA, at: "2025-11-26T09:00:00Z" }, "Say how to test", {
      "README.md": "# Blog\n\n    pip install -r requirements.txt\n    pytest\n",
    });
    const { head } = await week(repo.dir);
    expect(head.readme).toBe("# Blog\n\n    pip install -r requirements.txt\n");
  });
});
