// Oracle: src/domain/replies/next-steps.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
import { isSeparator } from "../../../../src/domain/replies/split-sections.js";
import type { MarkdownLine } from "./visible-lines.js";

// A bullet or numbered item, with an optional GitHub task box: "- [ ] write tests".
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\](?:\s+|$))?(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s/;

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
    const item = LIST_ITEM.exec(text);
    if (item) {
      const step = (item[1] ?? "").trim();
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
