import { baseGoalId, claimId } from "./goal-id.js";
import { plainText } from "./inline.js";
import { classifyLine, splitLines, type Line } from "./lines.js";
import { readLabelLine, readMetadata, type LabelEntry } from "./metadata.js";
import type { ExpectationDocument, ExpectationSection } from "./types.js";

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
  splitLines(markdown).forEach((text, index) => {
    const line = classifyLine(text);
    if (line.kind === "fence") fenced = !fenced;
    else if (!fenced) blocks.push({ line, number: index + 1 });
  });
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

/**
 * A lone level-1 heading before every other heading is the document's title; the shallowest
 * other heading level marks sections, and deeper headings only subdivide a section.
 */
function headingRoles(blocks: Block[]): { titleBlock?: Block; sectionLevel?: number } {
  const headings = blocks.flatMap((block) =>
    block.line.kind === "heading" ? [{ block, level: block.line.level }] : [],
  );
  const [opening, ...rest] = headings;
  const isTitle = opening?.level === 1 && rest.every((heading) => heading.level > 1);
  const levels = (isTitle ? rest : headings).map((heading) => heading.level);
  return {
    titleBlock: isTitle ? opening.block : undefined,
    sectionLevel: levels.length > 0 ? Math.min(...levels) : undefined,
  };
}

/**
 * Reads a learner's expectation document: title, the `Label: value` metadata before the first
 * section, and every list item as a goal under its section. Never throws; what it cannot read
 * is reported in `problems`, in words meant for the learner.
 */
export function parseExpectations(markdown: string): ExpectationDocument {
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
  const sections: ExpectationSection[] = [
    ...(untitled.goals.length > 0 ? [untitled] : []),
    ...drafts,
  ].map((draft) => ({
    ...(draft.number === undefined ? {} : { number: draft.number }),
    title: draft.title,
    goals: draft.goals
      .map(({ raw, line }) => ({ raw, line, text: plainText(raw.replace(CHECKBOX, "")) }))
      .filter(({ text }) => WORDY.test(text))
      .map(({ raw, line, text }) => ({
        id: claimId(baseGoalId(draft.title, text), taken),
        text,
        raw,
        line,
      })),
  }));
  const goalCount = sections.reduce((count, section) => count + section.goals.length, 0);
  if (goalCount === 0) problems.push(NO_GOALS);
  else if (sectionLevel === undefined) problems.push(NO_SECTIONS);
  const title = headingTitle ?? textTitle;
  return { ...(title === undefined ? {} : { title }), metadata, sections, problems };
}
