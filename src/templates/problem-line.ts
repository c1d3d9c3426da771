import { escapeText } from "./weekly/escape.js";

const PROBLEM = /^([\w.[\]/-]+): (.*?)(?: — for example `([^`]*)`)?$/s;

/**
 * A config problem as a list item: "`course.timezone`: expected … — for example
 * `timezone: "Africa/Lagos"`", the field and its example in code, the message escaped.
 */
export function problemItem(problem: string): string {
  const match = PROBLEM.exec(problem);
  if (match === null) return `- ${escapeText(problem)}`;
  const [, path = "", message = "", example] = match;
  const fix = example === undefined ? "" : ` — for example \`${example}\``;
  return `- \`${path}\`: ${escapeText(message)}${fix}`;
}
