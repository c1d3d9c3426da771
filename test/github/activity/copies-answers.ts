import { POSTS, type CopiesScenario } from "../../git/copies-scenario.js";
import { branch, commitNode, expectActivityQuery, expectCompare } from "./answers.js";

const plus = (lines: string[]) => lines.map((line) => `+${line}`).join("\n");

/**
 * The copies scenario (test/git/copies-scenario.ts) as GitHub's API would describe it,
 * written by hand: three branches, and one compare per line of work of the copies kept
 * (w..s from root, then d1, m1 and f1..f2 each from s).
 */
export function describeCopiesOnGitHub({ sha }: CopiesScenario): void {
  const node = (oid: string, parent: string, at: string, message: string, size: number[]) =>
    commitNode({
      oid,
      parents: parent === "" ? [] : [parent],
      at,
      message,
      additions: size[0] ?? 0,
      deletions: size[1] ?? 0,
      changedFiles: size[2] ?? 0,
    });
  const root = node(sha.root, "", "2025-11-10T08:00:00Z", "Start", [9, 0, 3]);
  const w = node(
    sha.w,
    sha.root,
    "2025-11-17T09:00:00Z",
    "Indent tests with two spaces",
    [4, 4, 1],
  );
  const s = node(sha.s, sha.w, "2025-11-18T09:00:00Z", "Tests take the client fixture", [5, 1, 1]);
  const d1 = node(sha.d1, sha.s, "2025-11-19T10:00:00Z", "fix", [3, 0, 1]);
  const m1 = node(sha.m1, sha.s, "2025-11-19T11:00:00Z", "Say goodbye", [1, 0, 1]);
  // The copies keep the author date: only the commit date, which GitHub's history filters on, moved.
  const d1c = node(sha.d1c, sha.m1, "2025-11-19T10:00:00Z", "fix", [3, 0, 1]);
  const f1 = node(sha.f1, sha.s, "2025-11-20T10:00:00Z", "Write a guide", [1, 0, 1]);
  const f2 = node(sha.f2, sha.f1, "2025-11-20T11:00:00Z", "Test the Post model", [1002, 0, 2]);
  const f1r = node(sha.f1r, sha.d1c, "2025-11-20T10:00:00Z", "Write a guide", [1, 0, 1]);
  const f2r = node(sha.f2r, sha.f1r, "2025-11-20T11:00:00Z", "Test the Post model", [1002, 0, 2]);
  expectActivityQuery({
    branches: [
      branch("develop", sha.d1, [d1, s, w, root]),
      branch("feature", sha.f2, [f2, f1, s, w, root]),
      branch("main", sha.f2r, [f2r, f1r, d1c, m1, s, w, root]),
    ],
    rootFiles: ["app.py", "docs/", "fixtures/", "tests/"],
  });
  expectCompare(sha.root, sha.s, [
    {
      filename: "tests/test_forms.py",
      status: "modified",
      additions: 5,
      deletions: 1,
      // git matches the old "assert True" with the new file's last line, as GitHub shows it.
      patch:
        "@@ -1,2 +1,6 @@\n-def test_form(request):\n+def test_form(client):\n+    assert True\n" +
        "+\n+\n+def test_contact(client):\n     assert True",
    },
    {
      filename: "tests/test_views.py",
      status: "modified",
      additions: 4,
      deletions: 4,
      patch:
        "@@ -1,6 +1,6 @@\n class ViewTests(TestCase):\n" +
        "-    def test_index(self):\n-        assert True\n+  def test_index(self):\n+    assert True\n \n" +
        "-    def test_about(self):\n-        assert True\n+  def test_about(self):\n+    assert True",
    },
  ]);
  expectCompare(sha.s, sha.d1, [
    {
      filename: "tests/test_views.py",
      status: "modified",
      additions: 3,
      deletions: 0,
      patch:
        "@@ -4,3 +4,6 @@\n \n   def test_about(self):\n     assert True\n" +
        "+\n+  def test_detail(self):\n+    assert True",
    },
  ]);
  expectCompare(sha.s, sha.m1, [
    {
      filename: "app.py",
      status: "modified",
      additions: 1,
      deletions: 0,
      patch: "@@ -1 +1,2 @@\n print('hi')\n+print('bye')",
    },
  ]);
  expectCompare(sha.s, sha.f2, [
    {
      filename: "docs/guide.md",
      status: "added",
      additions: 1,
      deletions: 0,
      patch: "@@ -0,0 +1 @@\n+Run the tests.",
    },
    {
      filename: "fixtures/posts.json",
      status: "added",
      additions: 1000,
      deletions: 0,
      patch: `@@ -0,0 +1,1000 @@\n${plus(POSTS)}`,
    },
    {
      filename: "tests/test_models.py",
      status: "added",
      additions: 2,
      deletions: 0,
      patch: "@@ -0,0 +1,2 @@\n+def test_str():\n+    assert True",
    },
  ]);
}
