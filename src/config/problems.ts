import type { z } from "zod";
import { YAMLError } from "yaml";
import { number } from "../domain/words.js";

/** One thing wrong with a config, as the learner reads it: `path.to.field: message`. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `course.timezone` or `repositories[1]`; empty for the file itself. */
  path: string;
  message: string;
}

/** At most this many problems are told: the first ones are enough to start fixing. */
export const MAX_PROBLEMS = 50;
/** A value or a field name echoed back is cut to this many characters. */
export const ECHO_LENGTH = 80;

/** `text`, cut to ECHO_LENGTH characters with "…" when longer. */
function echo(text: string): string {
  const chars = Array.from(text);
  return chars.length <= ECHO_LENGTH ? text : `${chars.slice(0, ECHO_LENGTH - 1).join("")}…`;
}

/** The first MAX_PROBLEMS problems, and a last line saying how many more there are. */
export function capProblems(problems: ConfigProblem[]): ConfigProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = number(problems.length - MAX_PROBLEMS);
  return [...problems.slice(0, MAX_PROBLEMS), { path: "", message: `and ${more} more problems` }];
}

export function formatProblem(problem: ConfigProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${echo(String(key))}`,
    )
    .join("");
}

/** Zod's issues as problems, with unknown keys named at their own path (typos are the usual cause). */
export function problemsFromZod(error: z.ZodError): ConfigProblem[] {
  const problems = error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: "unknown field (check its spelling and indentation)",
      }));
    }
    return [{ path: formatPath(issue.path), message: describeIssue(issue) }];
  });
  return capProblems(problems);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const found = "input" in issue ? `, found ${describeValue(issue.input)}` : "";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `expected ${issue.expected}${found}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}${found}`;
    case "too_small":
      return issue.origin === "array"
        ? `must list at least ${String(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}${found}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${found}`;
    case "invalid_union":
    case "invalid_format":
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
