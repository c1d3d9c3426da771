import type { z } from "zod";
import { YAMLError } from "yaml";
import { number } from "../domain/words.js";

/** One thing wrong with a config, as the learner reads it: `path.to.field: message`. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `course.timezone` or `repositories[1]`; empty for the file itself. */
  path: string;
  message: string;
  /** The field written right, from the schema's examples: `commits: 10`. */
  example?: string;
}

/** What separates a problem from its example when written on one line. */
const EXAMPLE_SEPARATOR = " — for example ";

/** At most this many problems are told: the first ones are enough to start fixing. */
const MAX_PROBLEMS = 50;
/** A value or a field name echoed back is cut to this many characters. */
const ECHO_LENGTH = 80;

/** `text`, cut to ECHO_LENGTH characters with "…" when longer. */
function echo(text: string): string {
  const chars = Array.from(text);
  return chars.length <= ECHO_LENGTH ? text : `${chars.slice(0, ECHO_LENGTH - 1).join("")}…`;
}

/** The first MAX_PROBLEMS problems, and a last line saying how many more there are. */
function capProblems(problems: ConfigProblem[]): ConfigProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = number(problems.length - MAX_PROBLEMS);
  return [...problems.slice(0, MAX_PROBLEMS), { path: "", message: `and ${more} more problems` }];
}

/** `path: message`: what is wrong, the same whatever example goes with it. */
export function problemText(problem: ConfigProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `path: message — for example \`field: value\``, as `checkpoint validate` prints it. */
export function formatProblem(problem: ConfigProblem): string {
  const text = problemText(problem);
  return problem.example ? `${text}${EXAMPLE_SEPARATOR}\`${problem.example}\`` : text;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${echo(String(key))}`,
    )
    .join("");
}

/** Levenshtein distance, for "did you mean": short words only, so the quadratic cost is bounded. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known field closest to a misspelt one, when it is close enough to be the one meant. */
function closestField(unknown: string, known: readonly string[]): string | undefined {
  if (unknown.length > ECHO_LENGTH) return undefined;
  const word = unknown.toLowerCase();
  const ranked = known
    .map((field) => ({ field, apart: distance(word, field.toLowerCase()) }))
    .sort((a, b) => a.apart - b.apart);
  const best = ranked[0];
  return best && best.apart <= Math.max(1, Math.floor(best.field.length / 3))
    ? best.field
    : undefined;
}

/**
 * Zod's issues as problems, in plain words, with unknown keys named at their own path (typos
 * are the usual cause) and the field probably meant; `fieldsAt` lists the fields known there.
 */
export function problemsFromZod(
  error: z.ZodError,
  fieldsAt: (path: readonly PropertyKey[]) => readonly string[] = () => [],
): ConfigProblem[] {
  const problems = error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = fieldsAt(issue.path);
      return issue.keys.map((key) => {
        const meant = closestField(key, known);
        return {
          path: formatPath([...issue.path, key]),
          message: meant
            ? `unknown field: did you mean \`${meant}\`?`
            : "unknown field (check its spelling and indentation)",
        };
      });
    }
    return [{ path: formatPath(issue.path), message: describeIssue(issue) }];
  });
  return capProblems(problems);
}

/** Zod's type names in a learner's words. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const found = "input" in issue ? `, found ${describeValue(issue.input)}` : "";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is required"
        : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}${found}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}${found}`;
    case "too_small":
      return issue.origin === "array"
        ? `must list at least ${String(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}${found}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${found}`;
    case "invalid_format":
      if (issue.format === "email") return `expected an e-mail address${found}`;
      return `${issue.message}${issue.message.includes("found") ? "" : found}`;
    case "invalid_union":
    case "custom":
      return `${issue.message}${issue.message.includes("found") ? "" : found}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${echo(JSON.stringify(value))}`;
}

/** A YAML syntax error with the line and column the learner should look at. */
export function problemFromYaml(error: unknown): ConfigProblem {
  if (error instanceof YAMLError && error.linePos) {
    const [{ line, col }] = error.linePos;
    const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    return { path: "", message: `YAML syntax error at line ${line}, column ${col}: ${reason}` };
  }
  return { path: "", message: `YAML syntax error: ${(error as Error).message}` };
}
