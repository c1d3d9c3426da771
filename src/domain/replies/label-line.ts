import { headingText } from "../expectations/lines.js";
import { DECORATION, sectionForLabel, type SectionKey } from "./sections.js";

/** A line that opens a section, with any text written after the label on the same line. */
export interface LabelLine {
  key: SectionKey;
  rest: string;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const LEADING_DECORATION = new RegExp(`^(?:\\s|${DECORATION})+`, "u");
const EMPHASIS = /^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(.*)$/;
// The colons of a :shortcode: emoji never end a label.
const SHORTCODE = /:[a-z0-9_+-]+:/g;
const MAX_LABEL_LENGTH = 60;
const HAS_WORDS = /[\p{L}\p{N}]/u;
// What `.` does not match; a line holding one is no heading, and no emphasised label.
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The text of a heading of any level, read as `/^ {0,3}#{1,6}[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/`
 * did, without its backtracking (a heading padded with spaces took seconds): up to three
 * spaces, hashes (up to six of them are the marker), blanks, then the text without trailing
 * blanks or closing hashes. `#Summary` counts: learners leave the space out.
 */
function headingOf(line: string): string | undefined {
  let start = 0;
  while (line[start] === " ") start += 1;
  if (start > 3) return undefined;
  let end = start;
  while (line[end] === "#") end += 1;
  if (end === start || LINE_BREAK.test(line)) return undefined;
  return headingText(line, Math.min(end, start + 6));
}

/**
 * Reads a line as a section label, the ways learners write one: a heading of any level
 * (`## Summary`), an emphasised label (`**Summary:**`, `__Next steps__`), or `Label: text`,
 * each optionally in a list item or with emoji. A label alone on a line also counts, unless
 * the line is a list item ("- Done" is more likely a to-do than a heading).
 */
export function parseLabelLine(line: string): LabelLine | undefined {
  // A blank line has nothing to read (and replies are mostly short lines and blank ones).
  if (line.trim() === "") return undefined;
  const heading = headingOf(line);
  const listItem = heading === undefined && LIST_MARKER.test(line);
  const body = (heading ?? line.replace(LIST_MARKER, "")).replace(LEADING_DECORATION, "");
  if (body === "") return undefined;
  for (const candidate of candidates(body, heading !== undefined, !listItem)) {
    const key = sectionForLabel(candidate.label, { exact: candidate.exact });
    if (key !== undefined) return { key, rest: candidate.rest.trim() };
  }
  return undefined;
}

interface Candidate {
  label: string;
  rest: string;
  /** A plain line of text must be exactly a label; marked-up ones may be dated ("… this week"). */
  exact: boolean;
}

/** The ways a line can be split into label and rest, most explicit first. */
function candidates(body: string, isHeading: boolean, wholeLine: boolean): Candidate[] {
  const found: Candidate[] = [];
  const emphasised = emphasisedLabel(body);
  if (emphasised) found.push(emphasised);
  const colon = body.replace(SHORTCODE, (code) => " ".repeat(code.length)).indexOf(":");
  if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
    found.push({ label: body.slice(0, colon), rest: body.slice(colon + 1), exact: false });
  }
  if (wholeLine) found.push({ label: body, rest: "", exact: !isHeading });
  return found;
}

/** `**Summary:** text`, `**Summary**: text` or `__Summary__` alone; not `**Done** with it`. */
function emphasisedLabel(body: string): Candidate | undefined {
  // A line terminator would fail the expression, but only after it tried every closing
  // delimiter against the rest of the line: quadratic.
  const match = LINE_BREAK.test(body) ? null : EMPHASIS.exec(body);
  if (match === null) return undefined;
  const label = match[2] ?? "";
  const after = (match[3] ?? "").trim();
  if (label.trimEnd().endsWith(":")) return { label, rest: after, exact: false };
  if (after.startsWith(":")) return { label, rest: after.slice(1), exact: false };
  return HAS_WORDS.test(after) ? undefined : { label, rest: "", exact: false };
}
