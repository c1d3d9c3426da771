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
// "-", "*", "+" or "1." / "1)" followed by a space; "**bold**" alone is not a list item.
const BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
// What `.` does not match: a line holding one is no heading or list item (`$` is its end).
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const isBlank = (char: string | undefined): boolean => char === " " || char === "\t";

/**
 * An ATX heading, read as `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/` did, but
 * without its backtracking (a heading padded with spaces cost time quadratic in its length):
 * up to three spaces, one to six `#`s, then blanks and the title. "## Title ##": the closing
 * run of hashes is decoration, not part of the title, when a blank comes before it.
 */
function readHeading(line: string): { level: number; text: string } | undefined {
  let start = 0;
  while (line[start] === " ") start += 1;
  if (start > 3) return undefined;
  let end = start;
  while (line[end] === "#") end += 1;
  const level = end - start;
  if (level < 1 || level > 6 || LINE_BREAK.test(line)) return undefined;
  if (end === line.length) return { level, text: "" };
  if (!isBlank(line[end])) return undefined;
  return { level, text: headingText(line, end) };
}

/**
 * The title of a heading whose blanks start at `from`: after them, up to the trailing
 * blanks, or up to the closing hashes when blanks come before those ("# C# ##" is "C#").
 */
export function headingText(line: string, from: number): string {
  let start = from;
  while (isBlank(line[start])) start += 1;
  let end = line.length;
  while (end > start && isBlank(line[end - 1])) end -= 1;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === "#") hashes -= 1;
  let blanks = hashes;
  while (blanks > start && isBlank(line[blanks - 1])) blanks -= 1;
  return line.slice(start, hashes < end && blanks < hashes ? blanks : end);
}

/** Splits a document into lines, whatever its line endings or byte-order mark. */
export function splitLines(markdown: string): string[] {
  return markdown.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/** What one line is. Rules are checked before bullets: "* * *" is a rule, not a list item. */
export function classifyLine(line: string): Line {
  if (line.trim() === "") return { kind: "blank" };
  if (RULE.test(line)) return { kind: "rule" };
  if (FENCE.test(line)) return { kind: "fence" };
  const heading = readHeading(line);
  if (heading) return { kind: "heading", ...heading };
  const bullet = LINE_BREAK.test(line) ? null : BULLET.exec(line);
  if (bullet) return { kind: "bullet", content: bullet[1] ?? "" };
  return { kind: "text", text: line };
}
