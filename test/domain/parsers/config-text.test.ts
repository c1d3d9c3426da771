import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { configShapes, fill, yamlShapes } from "../../../bench/adversarial/shapes.js";
import {
  MAX_CONFIG_CHARS,
  MAX_CONFIG_DEPTH,
  parseConfigText,
  refusedConfigText,
  type ConfigResult,
} from "../../../src/config/parse.js";
import { formatProblem } from "../../../src/config/problems.js";
import { RUNS } from "./arbitraries.js";
import { parseConfigText as oldParseConfigText } from "./oracle/config-parse.js";

/*
 * The config parser: what it reads it reads as YAML's own `parse` did (./oracle/), and what
 * would stall or crash that parser (a long file, deep nesting, lists as keys) is refused with
 * one problem that says why. No timing is asserted.
 */

// YAML warns through the process (an unresolved `!tag`); the random configs would flood the output.
beforeEach(() => {
  vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const problems = (result: ConfigResult): string[] =>
  result.ok ? [] : result.problems.map(formatProblem);

const TOO_DEEP = `the file nests lists and mappings more than ${MAX_CONFIG_DEPTH} levels deep; a config needs three`;

// YAML-ish text built from the config's own keys and YAML's punctuation.
const PIECES = [
  "learner",
  "login",
  "name",
  "emails",
  "course",
  "cohort",
  "start_date",
  "weeks",
  "timezone",
  "schedule",
  "weekly",
  "day",
  "time",
  "reminder_after_days",
  "repositories",
  "targets",
  "commits",
  "goals",
  "rule",
  "paused",
  "expectations",
  "_extends",
  "all",
  "monday",
  "true",
  "3",
  "24",
  "2025-09-30",
  '"09:00"',
  "Africa/Lagos",
  "owner/repo",
  "a@b.c",
  ": ",
  ":",
  "- ",
  "? ",
  "\n",
  "\n  ",
  "\n    ",
  "\t",
  " ",
  "[",
  "]",
  "{",
  "}",
  ", ",
  "#",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "'",
  '"',
  "|",
  ">",
  "---",
  "...",
  "%YAML 1.2\n",
  "\r\n",
];
const yamlText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

describe("parseConfigText reads what YAML's parse read", () => {
  it("reads the first learner's config, and every config the schema tests use, the same way", () => {
    const configs = [
      readFileSync("test/fixtures/checkpoint.yml", "utf8"),
      "",
      "schedule:\n  weekly:\n    day: sunday\n",
      "course:\n  timezone: Mars/Base\n",
      "course:\n  start_date: 2025-02-30\n",
      "a: [1, 2\n",
      "a: 1\na: 2\n",
      "- not a mapping\n",
      "---\na: 1\n---\nb: 2\n",
      "a: &x [1]\nb: *x\n",
      "learner:\n\tlogin: x\n",
    ];
    for (const text of configs) expect(parseConfigText(text)).toEqual(oldParseConfigText(text));
  });

  it("reads any YAML within its bounds the same way, errors and their lines included", () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const result = parseConfigText(text);
        // The refusals are the one deliberate difference; they are checked below.
        fc.pre(!problems(result).some((problem) => /nests lists|setting's name/.test(problem)));
        expect(result).toEqual(oldParseConfigText(text));
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe("parseConfigText refuses what would stall or crash the YAML parser", () => {
  it("refuses a file over MAX_CONFIG_CHARS, saying how long it is", () => {
    const text = fill("# a comment\n", "paused: false\n", "", MAX_CONFIG_CHARS + 1);
    expect(problems(parseConfigText(text))).toEqual([
      "the file is 8,193 characters long; Checkpoint reads a config of up to 8,192 characters",
    ]);
    // The same check, for a caller that hands the text to another YAML parser.
    expect(refusedConfigText(text)?.message).toMatch(/^the file is 8,193 characters long/);
    expect(refusedConfigText(readFileSync("test/fixtures/checkpoint.yml", "utf8"))).toBeUndefined();
    // A 5 MB config took 5.6 s; it is now refused before it is parsed.
    for (const shape of configShapes(5 * 1024 * 1024)) {
      expect(problems(parseConfigText(shape.text))).toHaveLength(1);
    }
  });

  it("reads a file of exactly MAX_CONFIG_CHARS", () => {
    const text = fill("# a comment\n", "paused: true\n", "", MAX_CONFIG_CHARS);
    const result = parseConfigText(text);
    expect(result.ok && result.config.paused).toBe(true);
  });

  it.each([
    ["flow sequences", (depth: number) => `repositories: ${"[".repeat(depth)}`],
    ["flow mappings", (depth: number) => "{a: ".repeat(depth)],
    ["compact sequences", (depth: number) => "- ".repeat(depth)],
    ["compact keys", (depth: number) => "? ".repeat(depth)],
    // This one crashed the whole process ("RegExpCompiler Allocation failed") at a few thousand.
    ["tagged brackets", (depth: number) => "![".repeat(depth)],
  ])("refuses %s nested deeper than MAX_CONFIG_DEPTH", (_name, nest) => {
    expect(problems(parseConfigText(nest(MAX_CONFIG_DEPTH + 1)))).toEqual([TOO_DEEP]);
    expect(problems(parseConfigText(nest(2000)))).toEqual([TOO_DEEP]);
    expect(problems(parseConfigText(nest(3)))).not.toContain(TOO_DEEP);
  });

  it("refuses a list or mapping as a setting's name, saying where", () => {
    expect(problems(parseConfigText("? [a, b]\n: 1\n"))).toEqual([
      'a setting\'s name at line 1, column 3 is a list or mapping; names are plain words such as "course"',
    ]);
    // Keys nested in keys: turning them into strings took YAML seconds.
    const tower = Array.from({ length: 120 }, (_, depth) => `${" ".repeat(depth)}?`).join("\n");
    expect(problems(parseConfigText(tower))).toHaveLength(1);
    expect(problems(parseConfigText("paused: true\n? {a: 1}\n: 2\n? [b]\n: 3\n"))).toEqual([
      'a setting\'s name at line 2, column 3 is a list or mapping; names are plain words such as "course"',
    ]);
    expect(problems(parseConfigText("paused: true\n"))).toEqual([]);
  });

  it("never throws, and reports at most one YAML problem, on the benchmark's YAML shapes", () => {
    for (const size of [MAX_CONFIG_CHARS, 65_536]) {
      for (const shape of [...configShapes(size), ...yamlShapes(size)]) {
        const found = problems(parseConfigText(shape.text));
        expect(found.filter((problem) => problem.startsWith("YAML")).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("warns at most once per file, however many warnings YAML has", () => {
    const warn = vi.mocked(process.emitWarning);
    parseConfigText(fill("!x a\n", "", "", 4000));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("Unresolved tag: !x at line 1, column 1");
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.oneof(yamlText, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        const result = parseConfigText(text);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
