import { isSeparator } from "./split-sections.js";
import type { MarkdownLine } from "./visible-lines.js";

// A bullet or numbered item, with an optional GitHub task box: "- [ ] write tests".
const LIST_ITEM_START = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\](?:\s+|$))?/;
const HEADING = /^ {0,3}#{1,6}\s/;
// What `.` does not match.
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The text of a list item, as `/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\](?:\s+|$))?(.*)$/`
 * read it: the rest of the line after the marker, blanks and task box, provided no line
 * terminator is left in it (`.` matches none). Matching the start alone, then looking for a
 * terminator, gives the same answer without trying every shorter run of blanks, each against
 * the rest of the line.
 */
function listItemText(text: string): string | undefined {
  const start = LIST_ITEM_START.exec(text)?.[0].length;
  if (start === undefined) return undefined;
  const rest = text.slice(start);
  return LINE_BREAK.test(rest) ? undefined : rest;
}

/**
 * The learner's next steps as separate items, to quote back next week: one per bullet or
 * numbered line (nested ones too), one per line of prose. An indented line under a step
 * continues it; code blocks, headings and rules are not steps.
 */
export function nextStepItems(lines: readonly MarkdownLine[]): string[] {
  const items: string[] = [];
  let inItem = false;
  for (const { text, code } of lines) {
    if (code || text.trim() === "" || HEADING.test(text) || isSeparator(text)) {
      inItem = false;
      continue;
    }
    const item = listItemText(text);
    if (item !== undefined) {
      const step = item.trim();
      if (step !== "") items.push(step);
      inItem = step !== "";
    } else if (inItem && /^\s/.test(text)) {
      items[items.length - 1] += ` ${text.trim()}`;
    } else {
      items.push(text.trim());
      inItem = true;
    }
  }
  return items;
}
