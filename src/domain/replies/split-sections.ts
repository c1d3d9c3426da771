import { parseLabelLine } from "./label-line.js";
import type { SectionKey } from "./sections.js";
import type { MarkdownLine } from "./visible-lines.js";

/** The lines of each section a reply wrote, in the order written within each section. */
export type SectionLines = Partial<Record<SectionKey, MarkdownLine[]>>;

const BLANK: MarkdownLine = { text: "", code: false };

/**
 * Splits a reply's visible lines at its section labels, in whatever order they come.
 * Text before the first label belongs to the summary, so a reply with no labels at all is
 * all summary. A section written twice keeps both parts, in order.
 */
export function splitSections(lines: readonly MarkdownLine[]): SectionLines {
  const sections: SectionLines = {};
  let current: MarkdownLine[] = (sections.summary = []);
  for (const line of lines) {
    const label = line.code ? undefined : parseLabelLine(line.text);
    if (label === undefined) {
      current.push(line);
      continue;
    }
    current = sections[label.key] ??= [];
    if (current.length > 0) current.push(BLANK);
    if (label.rest !== "") current.push({ text: label.rest, code: false });
  }
  return sections;
}

const SEPARATOR = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/;

/** A thematic break (`---`, `***`) or setext underline (`===`): layout, not content. */
export function isSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}

/**
 * A section as trimmed Markdown: no blank or `---` lines at either end (separators between
 * sections belong to no one), runs of blank lines outside code reduced to one.
 */
export function sectionMarkdown(lines: readonly MarkdownLine[]): string {
  const isEdge = (line: MarkdownLine) =>
    !line.code && (line.text.trim() === "" || isSeparator(line.text));
  let start = 0;
  let end = lines.length;
  while (start < end && isEdge(lines[start] ?? BLANK)) start += 1;
  while (end > start && isEdge(lines[end - 1] ?? BLANK)) end -= 1;
  const kept: string[] = [];
  let previousBlank = false;
  for (const line of lines.slice(start, end)) {
    const blank = !line.code && line.text.trim() === "";
    if (!(blank && previousBlank)) kept.push(blank ? "" : line.text);
    previousBlank = blank;
  }
  return kept.join("\n").trim();
}
