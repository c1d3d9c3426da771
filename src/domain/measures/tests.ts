import { contributions, type RepoFileChange } from "./changes.js";
import { isTestFile } from "./classify-paths.js";
import { fileEvidence, type FileEvidence, type TestCaseEvidence } from "./evidence.js";

/** Test work in the week's net changes. */
export interface TestMeasures {
  /** Test files the week added. */
  added: FileEvidence[];
  /** Test files the week modified or renamed (a rename counts once; its evidence has `previousPath`). */
  changed: FileEvidence[];
  /** Test cases defined at the week's end that were not at its start (see `newTestCases`). */
  newCases: TestCaseEvidence[];
  /**
   * False when a test file's week changed lines the source could not show (`addedLines` or
   * `removedLines` unknown): its cases are not counted, so `newCases` is a lower bound.
   */
  newCasesComplete: boolean;
}

/**
 * Python: a function or method whose name starts with "test", as unittest and pytest
 * collect it (`def test_login(`, `async def test_feed(`, indented in a class or not).
 */
const PYTHON_CASE = /^\s*(?:async\s+)?def\s+(test\w*)\s*\(/;
/**
 * JS/TS: a call to `it` or `test` opening a line, with Jest/Vitest modifiers
 * (`it.each`, `test.only`, `it.skip`…); `it.todo` is a placeholder, not a test.
 */
const JS_CASE =
  /^\s*(?:it|test)(?:\.(?:only|skip|each|concurrent|sequential|fails|failing))*\s*[(`]/;
/**
 * A method named `it` or `test` being defined, not called: `it(description, fn, timeout) {`,
 * as in a vendored test library's source (jasmine.js under `static/tests/`). A call never
 * has a block straight after its arguments.
 */
const JS_METHOD =
  /^\s*(?:it|test)\s*\(\s*(?:(?:\.\.\.)?[\w$]+\s*(?:,\s*(?:\.\.\.)?[\w$]+\s*)*)?\)\s*\{/;
/** A JS/TS case's title: the string it opens with, e.g. `it("logs in", …)`. */
const JS_TITLE = /^[^(`]*\(\s*(["'`])((?:\\.|(?!\1).)*)\1/;

/**
 * The name a line of the file at `path` declares a test case by, if it declares one: a
 * Python function's name (whatever its parameters), a JS/TS case's title (else the line
 * without its spaces, for `it.each` tables); `it.each` counts once.
 */
export function testCaseName(path: string, line: string): string | undefined {
  if (path.endsWith(".py")) return PYTHON_CASE.exec(line)?.[1];
  if (!/\.[cm]?[jt]sx?$/.test(path) || !JS_CASE.test(line) || JS_METHOD.test(line)) {
    return undefined;
  }
  return JS_TITLE.exec(line)?.[2] ?? line.replace(/\s+/g, "");
}

/** Whether the source showed every line a change added and removed. */
const linesShown = (change: RepoFileChange) =>
  (change.additions === 0 || change.addedLines !== undefined) &&
  (change.deletions === 0 || change.removedLines !== undefined);

/**
 * A file's new test cases: the names its week's net diff declares on more added lines than
 * removed ones (each name as often as it gains definitions). A test rewritten in place
 * (re-indented, parameters changed) is removed and added under one name, so it is not new.
 */
function newTestCases(change: RepoFileChange): TestCaseEvidence[] {
  const removed = new Map<string, number>();
  for (const line of change.removedLines ?? []) {
    const name = testCaseName(change.path, line);
    if (name !== undefined) removed.set(name, (removed.get(name) ?? 0) + 1);
  }
  return (change.addedLines ?? []).flatMap((line): TestCaseEvidence[] => {
    const name = testCaseName(change.path, line);
    if (name === undefined) return [];
    const left = removed.get(name) ?? 0;
    removed.set(name, left - 1);
    return left > 0
      ? []
      : [{ kind: "test-case", repo: change.repo, path: change.path, text: line.trim() }];
  });
}

/** Test files added and changed this week, and the test cases they gained. */
export function measureTests(changes: readonly RepoFileChange[]): TestMeasures {
  const tests = contributions(changes, isTestFile);
  const files = tests.map((change) => fileEvidence(change.repo, change));
  return {
    added: files.filter((file) => file.status === "added"),
    changed: files.filter((file) => file.status !== "added"),
    newCases: tests.filter(linesShown).flatMap(newTestCases),
    newCasesComplete: tests.every(linesShown),
  };
}
