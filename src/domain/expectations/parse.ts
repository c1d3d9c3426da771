import { claimId, goalSlug, sectionKey } from "./goal-id.js";
import { plainText } from "./inline.js";
import { classifyLine, splitLines, type Line } from "./lines.js";
import { readLabelLine, readMetadata, type LabelEntry } from "./metadata.js";
import type { ExpectationDocument, ExpectationSection, Goal } from "./types.js";
import { number } from "../words.js";

export const EMPTY_DOCUMENT = "The expectation document is empty.";
export const NO_GOALS =
  "No goals found: write each goal as a list item (“- …”) under a heading such as “## Skills”.";
export const NO_SECTIONS =
  "No section headings found, so all goals are listed together; a heading such as “## Skills” above each group sorts them.";

interface Block {
  line: Line;
  /** 1-based line number in the document. */
  number: number;
}

interface DraftSection {
  number?: string;
  title: string;
  goals: { raw: string; line: number }[];
}

/**
 * The longest expectation document read, in characters (GitHub's limit for an issue body; the
 * first learner's is 3,000). A longer one is read up to the last line that fits, and a problem
 * says so: a file can be a megabyte, and every line costs time on every run.
 */
export const MAX_DOCUMENT_CHARS = 65_536;

/** The problem reported for a document longer than MAX_DOCUMENT_CHARS. */
export function tooLong(length: number): string {
  return `The expectation document is ${number(length)} characters long; only its first ${number(MAX_DOCUMENT_CHARS)} are read.`;
}

/** The document cut to MAX_DOCUMENT_CHARS, at a line break when there is one to cut at. */
function readablePart(markdown: string): string {
  if (markdown.length <= MAX_DOCUMENT_CHARS) return markdown;
  const cut = markdown.slice(0, MAX_DOCUMENT_CHARS);
  const lastBreak = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf("\r"));
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut;
}

// "1. Skill & Knowledge Goals", "2) Projects", "3 Habits"; a year such as "2025 Plans" is a title.
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.):]?\s+(.+)$/;
const QUOTED = /^["“”'‘’](.*)["“”'‘’]$/;
const CHECKBOX = /^\[[ xX]\]\s+/;
// An item of bare punctuation ("- **  **", "- —") is a slip of the keyboard, not a goal.
const WORDY = /[\p{L}\p{N}]/u;

/** The document's lines with the contents of code fences left out: a bullet in code is no goal. */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let fenced = false;
  const lines = splitLines(markdown);
  for (let index = 0; index < lines.length; index += 1) {
    const line = classifyLine(lines[index] ?? "");
    if (line.kind === "fence") fenced = !fenced;
    else if (!fenced) blocks.push({ line, number: index + 1 });
  }
  return blocks;
}

function headingSection(text: string): DraftSection {
  const plain = plainText(text);
  const numbered = NUMBERED.exec(plain);
  return numbered
    ? { number: numbered[1], title: numbered[2] ?? "", goals: [] }
    : { title: plain, goals: [] };
}

function titleText(markdown: string): string | undefined {
  const plain = plainText(markdown);
  return (QUOTED.exec(plain)?.[1] ?? plain).trim() || undefined;
}

/** A section with its goals' plain text and ids; items without a word in them are left out. */
function finishedSection(draft: DraftSection, taken: Set<string>): ExpectationSection {
  // baseGoalId's two halves, the section's once for all its goals.
  const key = draft.goals.length > 0 ? sectionKey(draft.title) : "";
  const goals: Goal[] = [];
  for (const { raw, line } of draft.goals) {
    const text = plainText(raw.replace(CHECKBOX, ""));
    if (!WORDY.test(text)) continue;
    goals.push({ id: claimId(`${key}/${goalSlug(text)}`, taken), text, raw, line });
  }
  const { number, title } = draft;
  return number === undefined ? { title, goals } : { number, title, goals };
}

/**
 * A lone level-1 heading before every other heading is the document's title; the shallowest
 * other heading level marks sections, and deeper headings only subdivide a section.
 */
function headingRoles(blocks: Block[]): { titleBlock?: Block; sectionLevel?: number } {
  let opening: { block: Block; level: number } | undefined;
  // The shallowest level of the headings after the first (7 when there are none).
  let shallowestAfter = 7;
  for (const block of blocks) {
    if (block.line.kind !== "heading") continue;
    if (opening === undefined) opening = { block, level: block.line.level };
    else shallowestAfter = Math.min(shallowestAfter, block.line.level);
  }
  if (opening === undefined) return {};
  const isTitle = opening.level === 1 && shallowestAfter > 1;
  const sectionLevel = isTitle ? shallowestAfter : Math.min(opening.level, shallowestAfter);
  return {
    titleBlock: isTitle ? opening.block : undefined,
    sectionLevel: sectionLevel <= 6 ? sectionLevel : undefined,
  };
}

/**
 * Reads a learner's expectation document: title, the `Label: value` metadata before the first
 * section, and every list item as a goal under its section. Never throws; what it cannot read
 * is reported in `problems`, in words meant for the learner. Time is linear in the document,
 * of which the first MAX_DOCUMENT_CHARS characters are read.
 */
export function parseExpectations(markdown: string): ExpectationDocument {
  const read = readablePart(markdown);
  const document = parseReadable(read);
  if (read.length < markdown.length) document.problems.push(tooLong(markdown.length));
  return document;
}

function parseReadable(markdown: string): ExpectationDocument {
  const blocks = blocksOf(markdown);
  if (blocks.every((block) => block.line.kind === "blank")) {
    return { metadata: {}, sections: [], problems: [EMPTY_DOCUMENT] };
  }
  const { titleBlock, sectionLevel } = headingRoles(blocks);
  const firstContent = blocks.find(
    (block) => block.line.kind !== "blank" && block.line.kind !== "rule",
  );
  const untitled: DraftSection = { title: "", goals: [] };
  const drafts: DraftSection[] = [];
  const labels: LabelEntry[] = [];
  let headingTitle: string | undefined;
  let textTitle: string | undefined;
  let lastGoal: DraftSection["goals"][number] | undefined;

  for (const block of blocks) {
    const { line } = block;
    const current = drafts.at(-1);
    if (line.kind === "heading") {
      if (block === titleBlock) headingTitle = titleText(line.text);
      else if (line.level === sectionLevel) drafts.push(headingSection(line.text));
      lastGoal = undefined;
    } else if (line.kind === "bullet") {
      const label = current ? undefined : readLabelLine(line.content);
      if (label) labels.push(label);
      lastGoal = label ? undefined : { raw: line.content, line: block.number };
      if (lastGoal) (current ?? untitled).goals.push(lastGoal);
    } else if (line.kind === "text") {
      // A line right under a list item continues it, as Markdown renders it.
      if (lastGoal) lastGoal.raw += `\n${line.text}`;
      else if (!current) {
        const label = readLabelLine(line.text);
        if (label) labels.push(label);
        else if (block === firstContent) textTitle = titleText(line.text);
      }
    } else lastGoal = undefined;
  }

  const { metadata, problems } = readMetadata(labels);
  const taken = new Set<string>();
  const sections = [...(untitled.goals.length > 0 ? [untitled] : []), ...drafts].map((draft) =>
    finishedSection(draft, taken),
  );
  const goalCount = sections.reduce((count, section) => count + section.goals.length, 0);
  if (goalCount === 0) problems.push(NO_GOALS);
  else if (sectionLevel === undefined) problems.push(NO_SECTIONS);
  const title = headingTitle ?? textTitle;
  return { ...(title === undefined ? {} : { title }), metadata, sections, problems };
}
