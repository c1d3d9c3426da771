import { describe, expect, it } from "vitest";
import type { RepoFileChange } from "../../../src/domain/measures/changes.js";
import { isTestCaseLine, measureTests } from "../../../src/domain/measures/tests.js";

describe("isTestCaseLine", () => {
  it.each([
    // Python: functions and methods whose name starts with "test"
    ["blog/tests.py", "def test_post_str():", true],
    ["blog/tests.py", "    def test_slug_is_unique(self):", true],
    ["blog/tests.py", "    async def test_feed(self, client):", true],
    ["blog/tests.py", "\tdef testLegacyName(self):", true], // unittest collects any "test" prefix
    ["blog/tests.py", "def test (x):", true],
    ["blog/tests.py", "    def setUp(self):", false],
    ["blog/tests.py", "    def make_post(self, title='x'):", false],
    ["blog/tests.py", "class PostTests(TestCase):", false],
    ["blog/tests.py", "# def test_disabled():", false],
    ["blog/tests.py", "    self.assertEqual(test_value(), 1)", false],
    ["blog/tests.py", "test('not python')", false],
    // JS/TS: it / test calls opening a line, with modifiers
    ["src/App.test.tsx", 'it("renders the title", () => {', true],
    ["src/App.test.tsx", "  test('adds two numbers', () => {", true],
    ["src/App.test.tsx", "  it.each([[1, 2]])('adds %i', (a) => {", true],
    ["src/App.test.tsx", "test.each`", true],
    ["src/App.test.tsx", "  test.only('focus', async () => {", true],
    ["src/App.test.tsx", "  it.skip('later', () => {})", true],
    ["src/api.spec.js", "  it.concurrent.each([1])('x', () => {})", true],
    ["src/App.test.tsx", "  it.todo('write me')", false],
    ["src/App.test.tsx", "describe('App', () => {", false],
    ["src/App.test.tsx", "  expect(submit()).toBe(true)", false],
    ["src/App.test.tsx", "  const item = list.it(0)", false],
    ["src/App.test.tsx", "  test.describe('group', () => {", false],
    ["src/App.test.tsx", "def test_python_in_js():", false],
    // other kinds of file never declare cases
    ["tests/fixtures/cases.json", '  "it(": 1,', false],
    ["tests/README.md", "def test_in_markdown():", false],
  ])("%s: %s → %s", (path, line, expected) => {
    expect(isTestCaseLine(path, line)).toBe(expected);
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

  it("ignores missing diffs of files that are not tests, or were removed", () => {
    const measures = measureTests([
      change({ path: "blog/views.py", additions: 40 }),
      change({ path: "tests/test_gone.py", status: "removed", additions: 0, deletions: 9 }),
    ]);
    expect(measures).toEqual({ added: [], changed: [], newCases: [], newCasesComplete: true });
  });
});
