import type { ConfigProblem } from "../config/problems.js";
import { escapeText } from "./weekly/escape.js";

/**
 * A config problem as a list item: "`course.timezone`: expected … — for example
 * `timezone: "Africa/Lagos"`", the field and its example in code, the message escaped.
 * A problem of the file itself names no field.
 */
export function problemItem(problem: ConfigProblem): string {
  const field = problem.path ? `\`${problem.path}\`: ` : "";
  const fix = problem.example ? ` — for example \`${problem.example}\`` : "";
  return `- ${field}${escapeText(problem.message)}${fix}`;
}
