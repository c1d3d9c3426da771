import { contributions, type RepoFileChange } from "./changes.js";
import { isTestFile } from "./classify-paths.js";
import { fileEvidence, type FileEvidence, type TestCaseEvidence } from "./evidence.js";

/** Test work in the week's net changes. */
export interface TestMeasures {
  /** Test files the week added. */
  added: FileEvidence[];
  /** Test files the week modified or renamed (a rename counts once; its evidence has `previousPath`). */
  changed: FileEvidence[];
  /** Added lines in added or changed test files that declare a test case (see `isTestCaseLine`). */
  newCases: TestCaseEvidence[];
  /**
   * False when an added or changed test file gained lines the source could not show
   * (`addedLines` unknown), so `newCases` is a lower bound: say "at least".
   */
  newCasesComplete: boolean;
}

/**
 * Python: a function or method whose name starts with "test", as unittest and pytest
 * collect it (`def test_login(`, `async def test_feed(`, indented in a class or not).
 */
const PYTHON_CASE = /^\s*(?:async\s+)?def\s+test\w*\s*\(/;
/**
 * JS/TS: a call to `it` or `test` opening a line, with Jest/Vitest modifiers
 * (`it.each`, `test.only`, `it.skip`…); `it.todo` is a placeholder, not a test.
 */
const JS_CASE =
  /^\s*(?:it|test)(?:\.(?:only|skip|each|concurrent|sequential|fails|failing))*\s*[(`]/;

/** Whether an added line of the file at `path` declares a test case; `it.each` counts once. */
export function isTestCaseLine(path: string, line: string): boolean {
  if (path.endsWith(".py")) return PYTHON_CASE.test(line);
  if (/\.[cm]?[jt]sx?$/.test(path)) return JS_CASE.test(line);
  return false;
}

/** Test files added and changed this week, and the test cases their diffs add. */
export function measureTests(changes: readonly RepoFileChange[]): TestMeasures {
  const tests = contributions(changes, isTestFile);
  const files = tests.map((change) => fileEvidence(change.repo, change));
  const newCases = tests.flatMap((change) =>
    (change.addedLines ?? [])
      .filter((line) => isTestCaseLine(change.path, line))
      .map((line): TestCaseEvidence => ({
        kind: "test-case",
        repo: change.repo,
        path: change.path,
        text: line.trim(),
      })),
  );
  return {
    added: files.filter((file) => file.status === "added"),
    changed: files.filter((file) => file.status !== "added"),
    newCases,
    // A change that added nothing (a pure rename) has no lines to miss.
    newCasesComplete: tests.every(
      (change) => change.additions === 0 || change.addedLines !== undefined,
    ),
  };
}
