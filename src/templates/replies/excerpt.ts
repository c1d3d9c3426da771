import { plainText } from "../../domain/expectations/inline.js";
import { escapeText, truncate } from "../weekly/escape.js";

/** How many characters of a section the summary quotes back. */
const EXCERPT_LENGTH = 100;

const FENCE = /^\s*(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\](?:\s+|$))?/;
const HEADING = /^ {0,3}#{1,6}(?:\s+|$)/;
// A sentence ends at . ! ? or … followed by a space, so "v5.0" and "models.py" do not end one.
// It runs to 20 characters at least: "Hey!" or "Done." alone would say nothing about the week.
const FIRST_SENTENCE = /^.{20,}?[.!?…](?=\s)/u;

/** The section's prose lines, code blocks and headings left out (a fence closes with its own kind). */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const mark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) {
        fence = undefined;
      }
    } else if (mark !== undefined) {
      fence = mark;
    } else {
      // A heading inside a section only titles what follows; it ends a paragraph like a blank line.
      lines.push(HEADING.test(line) ? "" : line);
    }
  }
  return lines;
}

/** The first bullet whole, or the first sentence of the first paragraph, as plain text. */
function firstPoint(markdown: string): string {
  const lines = proseLines(markdown);
  const start = lines.findIndex((line) => line.trim() !== "");
  if (start < 0) return "";
  const first = lines[start] ?? "";
  if (LIST_ITEM.test(first)) return plainText(first.replace(LIST_ITEM, ""));
  const rest = lines.slice(start);
  const end = rest.findIndex((line) => line.trim() === "" || LIST_ITEM.test(line));
  const paragraph = plainText((end < 0 ? rest : rest.slice(0, end)).join(" "));
  return FIRST_SENTENCE.exec(paragraph)?.[0] ?? paragraph;
}

/**
 * A short quote of what a learner wrote in a section, safe to place in our Markdown: the
 * first bullet or first sentence, formatting removed, cut near `max` characters and escaped.
 * Empty when the section holds nothing but code.
 */
export function excerpt(markdown: string, max = EXCERPT_LENGTH): string {
  return escapeText(truncate(firstPoint(markdown), max));
}
