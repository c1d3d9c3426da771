// Oracle: src/domain/expectations/lines.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
/**
 * The block structure of an expectation document, one line at a time. Only what goals need is
 * recognised: ATX headings, list items, thematic breaks and code fences; anything else is text.
 */

export type Line =
  | { kind: "blank" }
  | { kind: "rule" }
  | { kind: "fence" }
  | { kind: "heading"; level: number; text: string }
  | { kind: "bullet"; content: string }
  | { kind: "text"; text: string };

const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// "## Title ##": the closing run of hashes is decoration, not part of the title.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
// "-", "*", "+" or "1." / "1)" followed by a space; "**bold**" alone is not a list item.
const BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/** Splits a document into lines, whatever its line endings or byte-order mark. */
export function splitLines(markdown: string): string[] {
  return markdown.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/** What one line is. Rules are checked before bullets: "* * *" is a rule, not a list item. */
export function classifyLine(line: string): Line {
  if (line.trim() === "") return { kind: "blank" };
  if (RULE.test(line)) return { kind: "rule" };
  if (FENCE.test(line)) return { kind: "fence" };
  const heading = HEADING.exec(line);
  if (heading) return { kind: "heading", level: heading[1]?.length ?? 1, text: heading[2] ?? "" };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: "bullet", content: bullet[1] ?? "" };
  return { kind: "text", text: line };
}
