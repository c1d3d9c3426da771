import { afterEach, describe, expect, it } from "vitest";
import { figuresOf } from "../../src/domain/figures.js";
import { measureWeek } from "../../src/domain/measures/week-measures.js";
import { fetchLocalActivity } from "../../src/git/index.js";
import { buildCopiesScenario, type CopiesScenario } from "./copies-scenario.js";
import { ADA, learner, lookbackStart, WEEK_IN_UTC, window } from "./scenario.js";
import { tempRepo } from "./temp-repo.js";

let scenario: Pick<CopiesScenario, "repo"> | undefined;
afterEach(() => scenario?.repo.remove());

describe("a change on two branches, read from disk", () => {
  it("counts each change once, and no test rewritten in place as new", async () => {
    const { repo, sha } = buildCopiesScenario();
    scenario = { repo };
    // Not vacuous: ten commits on the branches, three of them copies of others.
    expect(repo.git(["rev-list", "--branches", "--count"])).toBe("10");
    expect(repo.git(["branch", "--format=%(refname:short)"]).split("\n")).toEqual([
      "develop",
      "feature",
      "main",
    ]);

    const activity = await fetchLocalActivity({ dir: repo.dir, window, lookbackStart, learner });
    // w, s, d1 (not its cherry-pick d1'), m1, f1 and f2 (not their rebased f1', f2').
    expect(activity.commits.map((commit) => commit.sha)).toEqual([
      sha.w,
      sha.s,
      sha.d1,
      sha.m1,
      sha.f1,
      sha.f2,
    ]);
    const measures = measureWeek({ repos: [activity], window: WEEK_IN_UTC, lookbackDays: 14 });
    const { totals } = measures;
    expect(totals.days.map((day) => day.commits)).toEqual([1, 1, 2, 2, 0, 0, 0]);
    expect(totals.messages.vague.map((commit) => commit.sha)).toEqual([sha.d1]);
    // f2: 2 + 1,000 lines added.
    expect(totals.messages.veryLarge.map((commit) => commit.sha)).toEqual([sha.f2]);
    // test_forms.py: test_form kept its name (request → client), test_contact is new;
    // test_models.py: test_str; test_views.py: re-indented test_index and test_about are
    // not new, test_detail is (once, though on develop and main).
    expect(totals.tests.newCases.map((found) => `${found.path}: ${found.text}`)).toEqual([
      "tests/test_forms.py: def test_contact(client):",
      "tests/test_models.py: def test_str():",
      "tests/test_views.py: def test_detail(self):",
    ]);
    expect(figuresOf(measures)).toEqual({
      commits: 6,
      activeDays: 4,
      // test_forms.py and test_views.py changed, test_models.py added.
      testFiles: 3,
      newTestCases: 3,
      newTestCasesComplete: true,
      docsChanges: 1,
      // Nothing on Sunday Nov 23.
      streakDays: 0,
      streakCapped: false,
    });
  });

  it("counts two changes written in the same second twice: their patches differ", async () => {
    const repo = tempRepo();
    scenario = { repo };
    const at = { ...ADA, at: "2025-11-18T10:00:00Z" };
    repo.commit({ ...ADA, at: "2025-11-10T08:00:00Z" }, "Start", { "a.py": "a\n", "b.py": "b\n" });
    repo.git(["checkout", "--quiet", "-b", "develop"]);
    // One line changed in one file on each branch: the same size, not the same patch.
    const b = repo.commit(at, "Change b", { "b.py": "bb\n" });
    repo.git(["checkout", "--quiet", "main"]);
    const a = repo.commit(at, "Change a", { "a.py": "aa\n" });
    const activity = await fetchLocalActivity({ dir: repo.dir, window, lookbackStart, learner });
    expect(activity.commits.map((commit) => commit.sha).sort()).toEqual([a, b].sort());
  });
});
