// Oracle: src/domain/expectations/inline.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
/**
 * Inline Markdown to plain text: what a learner meant, without the formatting they used to
 * say it. Dashes, apostrophes and other punctuation are kept exactly as written.
 */

// Characters that must survive emphasis stripping (escaped, or inside code) are moved to the
// Private Use Area for the duration and moved back at the end.
const PRIVATE_BASE = 0xe000;
const protect = (char: string): string => String.fromCharCode(PRIVATE_BASE + char.charCodeAt(0));
const PROTECTED = /[\ue000-\ue07f]/g;
const restore = (char: string): string => String.fromCharCode(char.charCodeAt(0) - PRIVATE_BASE);

const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const CODE_SPAN = /(`+)(.+?)\1/g;
const IMAGE_OR_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
// Delimiters must hug the emphasised text, so "2 * 3" and snake_case stay as they are.
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const STAR_EMPHASIS = /\*(?=\S)(.+?)(?<=\S)\*/g;
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;
const STRIKETHROUGH = /~~(?=\S)(.+?)(?<=\S)~~/g;

function stripEmphasis(text: string): string {
  let previous: string;
  let current = text;
  // Nested emphasis ("***both***") unwraps one layer per pass.
  do {
    previous = current;
    current = current
      .replace(STRONG, "$2")
      .replace(STAR_EMPHASIS, "$1")
      .replace(UNDERSCORE_EMPHASIS, "$1")
      .replace(STRIKETHROUGH, "$1");
  } while (current !== previous);
  return current;
}

/** Plain text of one line (or several) of inline Markdown, whitespace collapsed and trimmed. */
export function plainText(markdown: string): string {
  const guarded = markdown
    .replace(ESCAPE, (_, char: string) => protect(char))
    .replace(CODE_SPAN, (_, _ticks: string, code: string) =>
      code.trim().replace(/[*_~`[\]]/g, protect),
    )
    .replace(IMAGE_OR_LINK, "$1")
    .replace(AUTOLINK, "$1");
  return stripEmphasis(guarded).replace(PROTECTED, restore).replace(/\s+/g, " ").trim();
}
