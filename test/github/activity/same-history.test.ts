import { afterEach, describe, expect, it } from "vitest";
import type { RepoActivity } from "../../../src/domain/activity.js";
import { fetchLocalActivity } from "../../../src/git/index.js";
import { fetchGitHubActivity } from "../../../src/github/activity/index.js";
import {
  ADA_NOREPLY,
  ADA_WORK,
  BOT,
  GRACE,
  README,
  buildScenario,
  type Scenario,
} from "../../git/scenario.js";
import {
  NAME,
  OWNER,
  branch,
  client,
  commitNode,
  type CommitSpec,
  expectActivityQuery,
  expectCompare,
  learner,
  lookbackStart,
  window,
} from "./answers.js";
import { figuresOf } from "../../../src/domain/figures.js";
import { buildCopiesScenario, type CopiesScenario } from "../../git/copies-scenario.js";
import { WEEK_IN_UTC } from "../../git/scenario.js";
import { describeCopiesOnGitHub } from "./copies-answers.js";
import { measureWeek } from "../../../src/domain/measures/week-measures.js";

let scenario: Scenario | CopiesScenario | undefined;
afterEach(() => scenario?.repo.remove());

/** The scenario's history as GitHub's API would describe it, written by hand from test/git/scenario.ts. */
function describeOnGitHub({ sha }: Scenario) {
  const node = (oid: string, parents: string[], at: string, more: Partial<CommitSpec>) =>
    commitNode({ oid, parents, at, ...more });
  const root = node(sha.root, [], "2025-11-10T08:00:00Z", {
    message: "Start the blog",
    additions: 7,
    changedFiles: 3,
  });
  // GitHub cannot link Ada's work e-mail to her account: no login.
  const c2 = node(sha.c2, [sha.root], "2025-11-18T09:00:00Z", {
    ...ADA_WORK,
    login: null,
    message: "Say goodbye too",
  });
  const f1 = node(sha.f1, [sha.c2], "2025-11-18T10:00:00Z", {
    message: "Test the home page",
    additions: 2,
  });
  const f2 = node(sha.f2, [sha.f1], "2025-11-19T10:00:00Z", {
    ...ADA_NOREPLY,
    message: "Move notes to docs",
  });
  const g = node(sha.g, [sha.c2], "2025-11-19T12:00:00Z", {
    ...GRACE,
    login: "grace",
    message: "Add contributing guide",
  });
  const merge = node(sha.merge, [sha.g, sha.f2], "2025-11-20T09:00:00Z", {
    message: "Merge feature",
    additions: 3,
    changedFiles: 2,
  });
  const c6 = node(sha.c6, [sha.merge], "2025-11-21T09:00:00Z", {
    message: "Deploy with a Procfile and CI",
    additions: 3,
    changedFiles: 2,
  });
  const bot = node(sha.bot, [sha.c6], "2025-11-21T12:00:00Z", {
    ...BOT,
    login: "dependabot[bot]",
    message: "Bump requirements",
  });
  expectActivityQuery({
    branches: [
      branch("feature", sha.f2, [f2, f1, c2, root]),
      branch("main", sha.bot, [bot, c6, merge, g, f2, f1, c2, root]),
    ],
    readmes: { 0: README },
    rootFiles: [
      ".github/",
      "CONTRIBUTING.md",
      "Procfile",
      "README.md",
      "app.py",
      "docs/",
      "requirements.txt",
      "tests/",
    ],
    workflowFiles: ["ci.yml"],
  });
  expectCompare(sha.root, sha.f2, [
    {
      filename: "app.py",
      status: "modified",
      additions: 1,
      deletions: 0,
      patch: "@@ -1 +1,2 @@\n print('hi')\n+print('bye')",
    },
    {
      filename: "docs/notes.md",
      previous_filename: "notes.txt",
      status: "renamed",
      additions: 1,
      deletions: 0,
      patch: "@@ -1,3 +1,4 @@\n alpha line\n beta line\n gamma line\n+delta line",
    },
    {
      filename: "tests/test_app.py",
      status: "added",
      additions: 2,
      deletions: 0,
      patch: "@@ -0,0 +1,2 @@\n+def test_home():\n+    assert True",
    },
  ]);
  expectCompare(sha.merge, sha.c6, [
    {
      filename: ".github/workflows/ci.yml",
      status: "added",
      additions: 2,
      deletions: 0,
      patch: "@@ -0,0 +1,2 @@\n+on: push\n+jobs: {}",
    },
    {
      filename: "Procfile",
      status: "added",
      additions: 1,
      deletions: 0,
      patch: "@@ -0,0 +1 @@\n+web: python app.py",
    },
  ]);
}

// What only GitHub can know (logins, links, the owner in the name) set aside.
const comparable = (activity: RepoActivity) => ({
  commits: activity.commits.map(
    ({ authorLogin: _login, url: _url, repo: _repo, ...commit }) => commit,
  ),
  changes: activity.changes,
  earlierCommitTimes: activity.earlierCommitTimes,
  head: activity.head,
});

describe("the same history, read from GitHub and from disk", () => {
  it("gives identical commits, changes and HEAD", async () => {
    scenario = buildScenario();
    describeOnGitHub(scenario);
    const { octokit, count } = client();
    const fromGitHub = await fetchGitHubActivity({
      client: octokit,
      owner: OWNER,
      repo: NAME,
      window,
      lookbackStart,
      learner,
    });
    const fromDisk = await fetchLocalActivity({
      dir: scenario.repo.dir,
      window,
      lookbackStart,
      learner,
    });
    expect(comparable(fromGitHub)).toEqual(comparable(fromDisk));
    // Not vacuous: five commits (one merge) and five changed files on both sides.
    expect(fromDisk.commits.map((commit) => commit.parents)).toEqual([1, 1, 1, 2, 1]);
    expect(fromDisk.changes).toHaveLength(5);
    // One query and a compare per line of work (root..f2, merge..c6): the feature branch is
    // merged into main, whose history holds its commits, so its own history is not asked for.
    expect(count.total).toBe(3);
    // And so every figure a learner reads is the same from either source.
    const figures = (activity: RepoActivity) =>
      figuresOf(measureWeek({ repos: [activity], window: WEEK_IN_UTC, lookbackDays: 14 }));
    expect(figures(fromGitHub)).toEqual(figures(fromDisk));
    // Five commits, one of them the merge: four count.
    expect(figures(fromDisk).commits).toBe(4);
  });

  it("counts a change on two branches once, and no test rewritten in place, from either source", async () => {
    scenario = buildCopiesScenario();
    describeCopiesOnGitHub(scenario);
    const { octokit, count } = client();
    const query = { window, lookbackStart, learner };
    const fromGitHub = await fetchGitHubActivity({
      client: octokit,
      owner: OWNER,
      repo: NAME,
      ...query,
    });
    const fromDisk = await fetchLocalActivity({ dir: scenario.repo.dir, ...query });
    expect(comparable(fromGitHub)).toEqual(comparable(fromDisk));
    // The week, develop's and feature's histories, and four compares: no request per copy.
    expect(count.total).toBe(6);
    const figures = (activity: RepoActivity) =>
      figuresOf(measureWeek({ repos: [activity], window: WEEK_IN_UTC, lookbackDays: 14 }));
    expect(figures(fromGitHub)).toEqual(figures(fromDisk));
    // Nine commits of Ada's in the week, three of them copies: six changes on four days.
    // New test cases: test_contact, test_detail (once), test_str; the re-indented
    // test_index and test_about and the re-signed test_form are not new.
    expect(figures(fromGitHub)).toMatchObject({ commits: 6, activeDays: 4, newTestCases: 3 });
  });
});
