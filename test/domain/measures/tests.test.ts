import { describe, expect, it } from "vitest";
import type { RepoFileChange } from "../../../src/domain/measures/changes.js";
import { measureTests, testCaseName } from "../../../src/domain/measures/tests.js";

describe("testCaseName", () => {
  it.each([
    // Python: functions and methods whose name starts with "test", named whatever their parameters
    ["blog/tests.py", "def test_post_str():", "test_post_str"],
    ["blog/tests.py", "    def test_slug_is_unique(self):", "test_slug_is_unique"],
    ["blog/tests.py", "    async def test_feed(self, client):", "test_feed"],
    ["blog/tests.py", "\tdef testLegacyName(self):", "testLegacyName"], // unittest collects any "test" prefix
    ["blog/tests.py", "def test (x):", "test"],
    ["blog/tests.py", "    def setUp(self):", undefined],
    ["blog/tests.py", "    def make_post(self, title='x'):", undefined],
    ["blog/tests.py", "class PostTests(TestCase):", undefined],
    ["blog/tests.py", "# def test_disabled():", undefined],
    ["blog/tests.py", "    self.assertEqual(test_value(), 1)", undefined],
    ["blog/tests.py", "test('not python')", undefined],
    // JS/TS: it / test calls opening a line, with modifiers, named by their title
    ["src/App.test.tsx", 'it("renders the title", () => {', "renders the title"],
    ["src/App.test.tsx", "  test('adds two numbers', () => {", "adds two numbers"],
    ["src/App.test.tsx", "  test('it\\'s fine', () => {", "it\\'s fine"],
    // a table first: no title to read, so the line itself, spaces aside
    [
      "src/App.test.tsx",
      "  it.each([[1, 2]])('adds %i', (a) => {",
      "it.each([[1,2]])('adds%i',(a)=>{",
    ],
    ["src/App.test.tsx", "test.each`", "test.each`"],
    ["src/App.test.tsx", "  test.only('focus', async () => {", "focus"],
    ["src/App.test.tsx", "  it.skip(`later`, () => {})", "later"],
    [
      "src/api.spec.js",
      "  it.concurrent.each([1])('x', () => {})",
      "it.concurrent.each([1])('x',()=>{})",
    ],
    ["src/App.test.tsx", "  it.todo('write me')", undefined],
    // a title held in a variable is still a case; a method named it or test is not
    ["src/App.test.tsx", "  test(name, () => {", "test(name,()=>{"],
    // vendored jasmine.js under static/tests/ (hjwp/book-example, week of May 27, 2024)
    [
      "src/lists/static/tests/lib/jasmine.js",
      "    it(description, fn, timeout, filename) {",
      undefined,
    ],
    ["src/lists/static/tests/lib/jasmine.js", "  test() {", undefined],
    ["src/lists/static/tests/lib/jasmine.js", "  it(...args) {", undefined],
    ["src/App.test.tsx", "describe('App', () => {", undefined],
    ["src/App.test.tsx", "  expect(submit()).toBe(true)", undefined],
    ["src/App.test.tsx", "  const item = list.it(0)", undefined],
    ["src/App.test.tsx", "  test.describe('group', () => {", undefined],
    ["src/App.test.tsx", "def test_python_in_js():", undefined],
    // other kinds of file never declare cases
    ["tests/fixtures/cases.json", '  "it(": 1,', undefined],
    ["tests/README.md", "def test_in_markdown():", undefined],
  ])("%s: %s → %s", (path, line, expected) => {
    expect(testCaseName(path, line)).toBe(expected);
  });
});

const change = (fields: Partial<RepoFileChange> & { path: string }): RepoFileChange => ({
  repo: "cosmas/blog-api",
  status: "modified",
  additions: 0,
  deletions: 0,
  ...fields,
});

describe("measureTests", () => {
  it("counts added and changed test files and the cases their diffs add", () => {
    const measures = measureTests([
      change({
        path: "blog/tests/test_api.py",
        status: "added",
        additions: 9,
        addedLines: ["class PostApiTests(TestCase):", "    def test_list(self):", "def helper():"],
      }),
      change({
        path: "blog/tests.py",
        additions: 4,
        addedLines: ["    def test_str(self):", "        self.assertTrue(True)"],
      }),
      // a pure rename: counted once as changed, nothing added, nothing missing
      change({
        path: "blog/tests/test_forms.py",
        previousPath: "blog/test_forms.py",
        status: "renamed",
      }),
      change({ path: "blog/test_old.py", status: "removed", deletions: 30 }),
      // a non-test file declaring a test-looking function is ignored
      change({ path: "blog/utils.py", additions: 2, addedLines: ["def test_connection():"] }),
      change({
        path: "web/src/App.test.jsx",
        status: "added",
        additions: 12,
        addedLines: ["it('renders', () => {", "test.each([1, 2])('n=%i', (n) => {"],
      }),
    ]);
    // added: test_api.py and App.test.jsx; changed: tests.py and the rename; removed ignored
    expect(measures.added.map((file) => file.path)).toEqual([
      "blog/tests/test_api.py",
      "web/src/App.test.jsx",
    ]);
    expect(measures.changed).toEqual([
      { kind: "file", repo: "cosmas/blog-api", path: "blog/tests.py", status: "modified" },
      {
        kind: "file",
        repo: "cosmas/blog-api",
        path: "blog/tests/test_forms.py",
        previousPath: "blog/test_forms.py",
        status: "renamed",
      },
    ]);
    // cases: test_list (1) + test_str (1) + it + test.each (2) = 4
    expect(measures.newCases.map((found) => found.text)).toEqual([
      "def test_list(self):",
      "def test_str(self):",
      "it('renders', () => {",
      "test.each([1, 2])('n=%i', (n) => {",
    ]);
    expect(measures.newCases[0]).toMatchObject({ repo: "cosmas/blog-api", kind: "test-case" });
    expect(measures.newCasesComplete).toBe(true);
  });

  it("says the case count is incomplete when a test file gained lines it cannot see", () => {
    const measures = measureTests([
      change({ path: "tests/test_a.py", additions: 3, addedLines: ["def test_a():"] }),
      change({ path: "tests/test_b.py", additions: 5 }), // diff unknown
    ]);
    expect(measures.newCases).toHaveLength(1);
    expect(measures.newCasesComplete).toBe(false);
  });

  it("counts no test rewritten in place: re-indented, or with other parameters", () => {
    const before = ["class PostTests(TestCase):", "    def test_a(self):", "    def test_b(self):"];
    const measures = measureTests([
      // Spaces to tabs: 3 lines removed and the same 3 added.
      change({
        path: "blog/tests.py",
        additions: 3,
        deletions: 3,
        removedLines: before,
        addedLines: before.map((line) => line.replace("    ", "\t")),
      }),
      // A pytest fixture swapped: test_index is still test_index.
      change({
        path: "tests/test_views.py",
        additions: 1,
        deletions: 1,
        removedLines: ["def test_index(request):"],
        addedLines: ["def test_index(client):"],
      }),
      change({
        path: "web/App.test.js",
        additions: 1,
        deletions: 1,
        removedLines: ["it('renders', () => {"],
        addedLines: ['  it("renders", async () => {'],
      }),
    ]);
    expect(measures.newCases).toEqual([]);
    expect(measures.newCasesComplete).toBe(true);
  });

  it("counts a name defined more often at the week's end than at its start, as often as it gained", () => {
    const measures = measureTests([
      change({
        path: "blog/tests.py",
        additions: 4,
        deletions: 2,
        // test_old renamed test_home (new); test_str gained a second definition in
        // CommentTests (one new); test_gone removed.
        removedLines: ["    def test_old(self):", "    def test_gone(self):"],
        addedLines: [
          "    def test_home(self):",
          "class CommentTests(TestCase):",
          "    def test_str(self):",
          "    def test_str(self):",
        ],
      }),
      change({
        path: "blog/tests/test_other.py",
        deletions: 1,
        removedLines: ["    def test_str(self):"],
      }),
    ]);
    // test_home 1 + test_str (2 added − 0 removed in blog/tests.py) 2 = 3; a removal in
    // another file does not cancel them.
    expect(measures.newCases.map((found) => `${found.path}: ${found.text}`)).toEqual([
      "blog/tests.py: def test_home(self):",
      "blog/tests.py: def test_str(self):",
      "blog/tests.py: def test_str(self):",
    ]);
  });

  it("counts nothing from a test file whose removed lines it cannot see, and says so", () => {
    const measures = measureTests([
      change({
        path: "tests/test_a.py",
        additions: 1,
        deletions: 1,
        addedLines: ["def test_a():"],
      }),
    ]);
    // The removed line may have been "def test_a(x):": 0 new is the only safe lower bound.
    expect(measures.newCases).toEqual([]);
    expect(measures.newCasesComplete).toBe(false);
  });

  it("ignores missing diffs of files that are not tests, or were removed", () => {
    const measures = measureTests([
      change({ path: "blog/views.py", additions: 40 }),
      change({ path: "tests/test_gone.py", status: "removed", additions: 0, deletions: 9 }),
    ]);
    expect(measures).toEqual({ added: [], changed: [], newCases: [], newCasesComplete: true });
  });
});
