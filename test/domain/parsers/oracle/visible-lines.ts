// Oracle: src/domain/replies/visible-lines.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
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

/** Removes `<!-- … -->` from a line; an unclosed one hides the rest of the comment, as on GitHub. */
function withoutComments(line: string): { text: string; inComment: boolean } {
  let text = line;
  for (let start = text.indexOf("<!--"); start >= 0; start = text.indexOf("<!--")) {
    const end = text.indexOf("-->", start + 4);
    if (end < 0) return { text: text.slice(0, start), inComment: true };
    text = text.slice(0, start) + text.slice(end + 3);
  }
  return { text, inComment: false };
}
