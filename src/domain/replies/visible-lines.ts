/**
 * The lines of a GitHub comment as its reader means them: quoted lines (someone else's words,
 * usually the bot's) and HTML comments (hidden markers, template hints) are gone, and lines
 * inside fenced code blocks are marked so no one reads a `# comment` there as a heading.
 */

/** One line of a comment after quotes and HTML comments are removed. */
export interface MarkdownLine {
  text: string;
  /** Inside a fenced code block, fences included: literal text, never structure. */
  code: boolean;
}

const FENCE_OPEN = /^\s*(`{3,}(?=[^`]*$)|~{3,})/;
// Any `>` line is dropped, including lines that Markdown would lazily continue into the quote:
// a learner answering right under a quote means the answer as their own words.
const QUOTE = /^ {0,3}>/;

/** Splits a comment body (LF or CRLF) into visible lines. */
export function visibleLines(body: string): MarkdownLine[] {
  const lines: MarkdownLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (const raw of body.split(/\r\n?|\n/)) {
    let text = raw;
    if (inComment) {
      const end = text.indexOf("-->");
      if (end < 0) continue;
      text = text.slice(end + 3);
      inComment = false;
    }
    // An empty line is visible and empty; a long reply can be mostly empty lines.
    if (fence === undefined && text === "") {
      lines.push({ text, code: false });
      continue;
    }
    if (fence !== undefined) {
      if (closesFence(text, fence)) fence = undefined;
      lines.push({ text, code: true });
      continue;
    }
    const open = FENCE_OPEN.exec(text);
    if (open) {
      fence = open[1];
      lines.push({ text, code: true });
      continue;
    }
    if (QUOTE.test(text)) {
      // A blank line keeps the text around a removed quote in separate paragraphs.
      lines.push({ text: "", code: false });
      continue;
    }
    ({ text, inComment } = withoutComments(text));
    lines.push({ text, code: false });
  }
  return lines;
}

function closesFence(text: string, fence: string): boolean {
  const close = /^\s*(`+|~+)\s*$/.exec(text)?.[1];
  return close !== undefined && close[0] === fence[0] && close.length >= fence.length;
}

const OPEN = "<!--";
const CLOSE = "-->";

/**
 * Removes `<!-- … -->` from a line; an unclosed one hides the rest of the comment, as on GitHub.
 * Comments are cut one at a time, the first first, and a cut can join an opening: "<!" before
 * a comment and "--" after it make "<!--". The kept text is held as ranges of the line, so
 * a line of thousands of comments costs one pass, not one copy of the line per comment.
 */
function withoutComments(line: string): { text: string; inComment: boolean } {
  if (!line.includes(OPEN)) return { text: line, inComment: false };
  // Never an empty range, so the last few characters kept are in the last few ranges.
  const kept: { start: number; end: number }[] = [];
  const keep = (start: number, end: number) => {
    if (end > start) kept.push({ start, end });
  };
  const text = () => kept.map(({ start, end }) => line.slice(start, end)).join("");
  let from = 0;
  for (;;) {
    let inside = from > 0 ? joinedOpening(line, kept, from) : -1;
    if (inside === -1) {
      const start = line.indexOf(OPEN, from);
      if (start < 0) {
        keep(from, line.length);
        return { text: text(), inComment: false };
      }
      keep(from, start);
      inside = start + OPEN.length;
    }
    const end = line.indexOf(CLOSE, inside);
    if (end < 0) return { text: text(), inComment: true };
    from = end + CLOSE.length;
  }
}

/**
 * Where the comment starts (after its "<!--") when the kept text ends with the first part
 * of "<!--" and the line goes on from `from` with the rest, earliest first; else -1. The
 * opening's kept part is dropped from `kept`.
 */
function joinedOpening(line: string, kept: { start: number; end: number }[], from: number): number {
  for (let split = OPEN.length - 1; split >= 1; split -= 1) {
    if (
      !line.startsWith(OPEN.slice(split), from) ||
      !keptEndsWith(line, kept, OPEN.slice(0, split))
    ) {
      continue;
    }
    for (let drop = split; drop > 0;) {
      const last = kept[kept.length - 1];
      if (last === undefined) break;
      const cut = Math.min(drop, last.end - last.start);
      last.end -= cut;
      drop -= cut;
      if (last.start === last.end) kept.pop();
    }
    return from + OPEN.length - split;
  }
  return -1;
}

/** Whether the kept text ends with `suffix` (a few characters). */
function keptEndsWith(
  line: string,
  kept: readonly { start: number; end: number }[],
  suffix: string,
): boolean {
  let at = suffix.length;
  for (let piece = kept.length - 1; piece >= 0 && at > 0; piece -= 1) {
    const { start, end } = kept[piece] ?? { start: 0, end: 0 };
    for (let index = end - 1; index >= start && at > 0; index -= 1) {
      at -= 1;
      if (line[index] !== suffix[at]) return false;
    }
  }
  return at === 0;
}
