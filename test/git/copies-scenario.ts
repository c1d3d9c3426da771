import { ADA } from "./scenario.js";
import { tempRepo, writtenOnce, type TempRepo } from "./temp-repo.js";

/*
 * A week where changes sit on two branches, and test files are rewritten without new tests.
 * Ada's, in the scenario's week (Nov 17–23, UTC):
 *
 *   develop:          ┌── d1
 *   main:     root ── w ── s ── m1 ── d1' ── f1' ── f2'
 *   feature:               └── f1 ── f2
 *
 * root (Nov 10): app.py, tests/test_views.py (test_index, test_about), tests/test_forms.py
 *   (test_form(request)).
 * w  (Nov 17 09:00): tests/test_views.py re-indented from four spaces to two, nothing else.
 * s  (Nov 18 09:00): test_form(request) → test_form(client); adds test_contact.
 * d1 (Nov 19 10:00, develop, "fix"): adds test_detail to tests/test_views.py.
 * m1 (Nov 19 11:00): app.py +1 line.
 * d1' (committed Nov 19 12:00): d1 cherry-picked onto main.
 * f1 (Nov 20 10:00, feature): adds docs/guide.md, 1 line.
 * f2 (Nov 20 11:00): adds tests/test_models.py (test_str, 2 lines) and fixtures/posts.json
 *   (1,000 lines): very large.
 * f1', f2' (committed Nov 21 09:00): feature rebased onto main, main fast-forwarded to it;
 *   the branch `feature` is kept where it was.
 */

const VIEWS_BEFORE =
  "class ViewTests(TestCase):\n    def test_index(self):\n        assert True\n\n" +
  "    def test_about(self):\n        assert True\n";
const VIEWS_INDENTED =
  "class ViewTests(TestCase):\n  def test_index(self):\n    assert True\n\n" +
  "  def test_about(self):\n    assert True\n";
const DETAIL = "\n  def test_detail(self):\n    assert True\n";
const FORMS_BEFORE = "def test_form(request):\n    assert True\n";
const FORMS_AFTER =
  "def test_form(client):\n    assert True\n\n\ndef test_contact(client):\n    assert True\n";
const MODELS = "def test_str():\n    assert True\n";
/** The fixture's 1,000 lines: "1" to "1000". */
export const POSTS = Array.from({ length: 1000 }, (_, i) => `${i + 1}`);

export interface CopiesScenario {
  repo: TempRepo;
  sha: Record<"root" | "w" | "s" | "d1" | "m1" | "d1c" | "f1" | "f2" | "f1r" | "f2r", string>;
}

/** The history above, written once per run (see writtenOnce) and copied for each caller. */
export function buildCopiesScenario(): CopiesScenario {
  return writtenOnce("copies", writeCopiesScenario);
}

function writeCopiesScenario(): CopiesScenario {
  const repo = tempRepo("blog");
  const at = (instant: string) => ({ ...ADA, at: instant });
  const root = repo.commit(at("2025-11-10T08:00:00Z"), "Start", {
    "app.py": "print('hi')\n",
    "tests/test_views.py": VIEWS_BEFORE,
    "tests/test_forms.py": FORMS_BEFORE,
  });
  const w = repo.commit(at("2025-11-17T09:00:00Z"), "Indent tests with two spaces", {
    "tests/test_views.py": VIEWS_INDENTED,
  });
  const s = repo.commit(at("2025-11-18T09:00:00Z"), "Tests take the client fixture", {
    "tests/test_forms.py": FORMS_AFTER,
  });
  repo.git(["checkout", "--quiet", "-b", "develop"]);
  const d1 = repo.commit(at("2025-11-19T10:00:00Z"), "fix", {
    "tests/test_views.py": VIEWS_INDENTED + DETAIL,
  });
  repo.git(["checkout", "--quiet", "-b", "feature", s]);
  const f1 = repo.commit(at("2025-11-20T10:00:00Z"), "Write a guide", {
    "docs/guide.md": "Run the tests.\n",
  });
  const f2 = repo.commit(at("2025-11-20T11:00:00Z"), "Test the Post model", {
    "tests/test_models.py": MODELS,
    "fixtures/posts.json": `${POSTS.join("\n")}\n`,
  });
  repo.git(["checkout", "--quiet", "main"]);
  const m1 = repo.commit(at("2025-11-19T11:00:00Z"), "Say goodbye", {
    "app.py": "print('hi')\nprint('bye')\n",
  });
  // Both keep the author date; only the commit date is new.
  repo.git(["cherry-pick", d1], at("2025-11-19T12:00:00Z"));
  const d1c = repo.git(["rev-parse", "HEAD"]);
  repo.git(["checkout", "--quiet", "-b", "rebased", f2]);
  repo.git(["rebase", "--quiet", "main"], at("2025-11-21T09:00:00Z"));
  const f2r = repo.git(["rev-parse", "HEAD"]);
  const f1r = repo.git(["rev-parse", "HEAD~1"]);
  repo.git(["checkout", "--quiet", "main"]);
  repo.git(["merge", "--quiet", "--ff-only", "rebased"]);
  repo.git(["branch", "--quiet", "-D", "rebased"]);
  return { repo, sha: { root, w, s, d1, m1, d1c, f1, f2, f1r, f2r } };
}
