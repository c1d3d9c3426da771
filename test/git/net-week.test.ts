import { afterEach, describe, expect, it } from "vitest";
import { fetchLocalActivity } from "../../src/git/index.js";
import { ADA, GRACE, learner, lookbackStart, window } from "./scenario.js";
import { tempRepo, type TempRepo } from "./temp-repo.js";

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

/*
 * Net over the whole week, as on DjangoGirls/djangogirls in the week of Apr 25, 2022: the
 * learner changed a test fixture on a branch, a maintainer merged it, and the learner changed
 * it back on main. Her two lines of work are two diffs; the file ends the week as it began.
 *
 *   main:     root ───────── merge (Grace) ── c2
 *   feature:     └── f1 ──────┘
 */
describe("a file changed and changed back across a merge", () => {
  it("is no change of the week, while the file changed for good is", async () => {
    const repo = tempRepo();
    repos.push(repo);
    repo.commit({ ...GRACE, at: "2025-11-10T09:00:00Z" }, "Start", {
      "tests/conftest.py": "import pytest\n\nFIXTURE = 1\n",
      "tests/test_views.py": "def test_index():\n    pass\n",
      "README.md": "# Blog\n",
    });
    repo.git(["checkout", "--quiet", "-b", "feature"]);
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "Fixture and a test", {
      "tests/conftest.py": "import pytest\n\nFIXTURE = 2\n",
      "tests/test_views.py": "def test_index():\n    pass\n\n\ndef test_about():\n    pass\n",
      "README.md": "# Blog\n\nA blog.\n",
    });
    repo.git(["checkout", "--quiet", "main"]);
    repo.git(["merge", "--quiet", "--no-ff", "-m", "Merge feature", "feature"], {
      ...GRACE,
      at: "2025-11-19T09:00:00Z",
    });
    repo.commit({ ...ADA, at: "2025-11-20T09:00:00Z" }, "Fixture back as it was", {
      "tests/conftest.py": "import pytest\n\nFIXTURE = 1\n",
      "README.md": "# Blog\n",
    });
    // Worked out by hand: conftest.py and README.md end the week byte for byte as they
    // began it; only test_views.py changed, gaining test_about.
    expect(repo.git(["diff", "--name-only", "HEAD~2", "HEAD"])).toBe("tests/test_views.py");

    const activity = await fetchLocalActivity({ dir: repo.dir, window, lookbackStart, learner });

    expect(activity.commits.map((commit) => commit.message)).toEqual([
      "Fixture and a test",
      "Fixture back as it was",
    ]);
    expect(activity.changes.map((change) => [change.path, change.status])).toEqual([
      ["tests/test_views.py", "modified"],
    ]);
  });

  it("still counts a file whose lines only moved, within one diff", async () => {
    const repo = tempRepo();
    repos.push(repo);
    repo.commit({ ...GRACE, at: "2025-11-10T09:00:00Z" }, "Start", {
      "tests/test_views.py": "def test_a():\n    pass\n\n\ndef test_b():\n    pass\n",
    });
    repo.commit({ ...ADA, at: "2025-11-18T09:00:00Z" }, "Order the tests", {
      "tests/test_views.py": "def test_b():\n    pass\n\n\ndef test_a():\n    pass\n",
    });

    const activity = await fetchLocalActivity({ dir: repo.dir, window, lookbackStart, learner });

    expect(activity.changes.map((change) => [change.path, change.status])).toEqual([
      ["tests/test_views.py", "modified"],
    ]);
  });
});
