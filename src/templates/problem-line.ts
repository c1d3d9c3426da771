import { escapeText } from "./weekly/escape.js";

const PROBLEM = /^([\w.[\]-]+): (.*)$/s;

/** A config problem as a list item: "`course.timezone`: expected …", the field in code, the message escaped. */
export function problemItem(problem: string): string {
  const match = PROBLEM.exec(problem);
  if (match === null) return `- ${escapeText(problem)}`;
  return `- \`${match[1] ?? ""}\`: ${escapeText(match[2] ?? "")}`;
}
