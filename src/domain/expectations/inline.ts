/**
 * Inline Markdown to plain text: what a learner meant, without the formatting they used to
 * say it. Dashes, apostrophes and other punctuation are kept exactly as written.
 *
 * Every step is a left-to-right scan whose searches for a closing delimiter only ever move
 * forward, so the time is linear in the text whatever it holds: unclosed `**`, runs of `[` or
 * of backticks made the regular expressions these scans replace try every opening against
 * the rest of the line. Each scan reads the text exactly as its expression did (quoted above
 * it, as its specification), except that emphasis nested more than MAX_EMPHASIS_ROUNDS
 * layers deep in emphasis of its own kind keeps some of its delimiters.
 */

// Characters that must survive emphasis stripping (escaped, or inside code) are moved to the
// Private Use Area for the duration and moved back at the end.
const PRIVATE_BASE = 0xe000;
const PRIVATE_END = PRIVATE_BASE + 0x7f;
const HAS_PROTECTED = /[\ue000-\ue07f]/;
// Backslash escapes: any ASCII punctuation after a backslash is literal.
const HAS_ESCAPE = /\\[!-/:-@[-`{-~]/;
const HAS_CODE_SPECIAL = /[*_~`[\]]/;
const CODE_SPECIALS = new Set([..."*_~`[]"].map((char) => char.charCodeAt(0)));
// Text without any of these has no markup to remove: escapes, code, links, autolinks, emphasis.
const MARKUP = /[\\`[<*_~\ue000-\ue07f]/;

/** `String.fromCharCode(...codes)` for any number of codes (lone surrogates kept as they are). */
function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let start = 0; start < length; start += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(start, Math.min(length, start + 8192))));
  }
  return parts.join("");
}

const isEscapable = (code: number): boolean =>
  (code >= 0x21 && code <= 0x2f) ||
  (code >= 0x3a && code <= 0x40) ||
  (code >= 0x5b && code <= 0x60) ||
  (code >= 0x7b && code <= 0x7e);

/** `\\([!-/:-@[-\`{-~])` with `replace`: an escaped character is protected, its backslash dropped. */
function protectEscapes(text: string): string {
  if (!HAS_ESCAPE.test(text)) return text;
  const codes = new Uint16Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code === 0x5c && isEscapable(next)) {
      codes[length++] = PRIVATE_BASE + next;
      index += 1;
    } else codes[length++] = code;
  }
  return fromCodes(codes, length);
}

/** Code keeps its `*`, `_`, `~`, backticks and brackets: they are protected. */
function protectCode(code: string): string {
  const trimmed = code.trim();
  if (!HAS_CODE_SPECIAL.test(trimmed)) return trimmed;
  let out = "";
  let copied = 0;
  for (let index = 0; index < trimmed.length; index += 1) {
    const char = trimmed.charCodeAt(index);
    if (!CODE_SPECIALS.has(char)) continue;
    out += trimmed.slice(copied, index) + String.fromCharCode(PRIVATE_BASE + char);
    copied = index + 1;
  }
  return out + trimmed.slice(copied);
}

/** Protected characters back as they were written. */
function restoreProtected(text: string): string {
  if (!HAS_PROTECTED.test(text)) return text;
  const codes = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    codes[index] = code >= PRIVATE_BASE && code <= PRIVATE_END ? code - PRIVATE_BASE : code;
  }
  return fromCodes(codes, text.length);
}

/**
 * Rounds of emphasis unwrapping. Each round unwraps every kind of emphasis once, and peels one
 * layer of emphasis nested in emphasis of the same kind ("*a *b* c*" needs two rounds, and a
 * third to see nothing is left). Text nested deeper than this keeps some of its delimiters:
 * real text needs three rounds at most, and the bound keeps a hostile line from costing a
 * round per layer, thousands of them.
 */
export const MAX_EMPHASIS_ROUNDS = 8;

const BACKTICK = 0x60;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;

/** A line terminator: what `.` in a regular expression does not match. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** One UTF-16 unit that `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\S` at `index`: a character that is there and is not whitespace. */
function nonSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && !isSpaceCode(text.charCodeAt(index));
}

/** For every index, the first line terminator at or after it (`text.length` if none). */
function nextLineBreaks(text: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    next[index] = isLineBreak(text.charCodeAt(index)) ? index : (next[index + 1] ?? text.length);
  }
  return next;
}

/**
 * The first index at or after `start` where `holds` (-1 if none), for `start`s that never
 * decrease: each index is looked at once over all calls.
 */
function forwardFinder(text: string, holds: (index: number) => boolean): (start: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (start) => {
    if (searchedFrom <= start && (found === -1 || found >= start)) return found;
    searchedFrom = start;
    found = -1;
    for (let index = start; index < text.length; index += 1) {
      if (holds(index)) {
        found = index;
        break;
      }
    }
    return found;
  };
}

/**
 * `/(`+)(.+?)\1/g` with `replace`: a code span opens with a run of backticks, holds at least
 * one character and closes at the first run of as many backticks on the same line. An opening
 * run that finds no partner is tried again one backtick shorter, and from its next backtick.
 */
function replaceCodeSpans(text: string, replace: (code: string) => string): string {
  if (!text.includes("`")) return text;
  // Maximal backtick runs [start, end), and for each the longest run after it on its line.
  const runs: { start: number; end: number }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) !== BACKTICK) continue;
    const start = index;
    while (index < text.length && text.charCodeAt(index) === BACKTICK) index += 1;
    runs.push({ start, end: index });
  }
  const breaks = nextLineBreaks(text);
  const longestAfter = new Int32Array(runs.length + 1);
  for (let at = runs.length - 2; at >= 0; at -= 1) {
    const run = runs[at];
    const next = runs[at + 1];
    if (run === undefined || next === undefined || (breaks[run.end] ?? 0) < next.start) continue;
    longestAfter[at] = Math.max(next.end - next.start, longestAfter[at + 1] ?? 0);
  }
  const out: string[] = [];
  let copied = 0;
  let at = 0;
  for (let index = 0; index < text.length;) {
    while ((runs[at]?.end ?? Infinity) <= index) at += 1;
    const run = runs[at];
    if (run === undefined) break;
    if (run.start > index) {
      index = run.start;
      continue;
    }
    const rest = run.end - index;
    // The longest opening that closes: inside its own run ("`````" is "``" + "`" + "``"),
    // or at the first later run on the line at least as long.
    const inRun = Math.floor((rest - 1) / 2);
    const ticks = Math.max(inRun, Math.min(rest, longestAfter[at] ?? 0));
    if (ticks === 0) {
      index += 1;
      continue;
    }
    let close = index + ticks + 1;
    if (ticks > inRun) {
      let partner = at + 1;
      while ((runs[partner]?.end ?? Infinity) - (runs[partner]?.start ?? 0) < ticks) partner += 1;
      close = runs[partner]?.start ?? text.length;
    }
    out.push(text.slice(copied, index), replace(text.slice(index + ticks, close)));
    index = close + ticks;
    copied = index;
  }
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * `/!?\[([^\]]*)\]\([^)]*\)/g` with `replace(…, "$1")`: an image or link becomes its text.
 * The text and the address may span lines.
 */
function replaceLinks(text: string): string {
  if (!text.includes("[")) return text;
  const nextBracket = forwardFinder(text, (index) => text.charCodeAt(index) === 0x5d);
  const nextParen = forwardFinder(text, (index) => text.charCodeAt(index) === 0x29);
  const out: string[] = [];
  let copied = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const open = code === 0x5b ? index : code === 0x21 && text[index + 1] === "[" ? index + 1 : -1;
    if (open === -1) continue;
    const close = nextBracket(open + 1);
    if (close === -1 || text[close + 1] !== "(") continue;
    const end = nextParen(close + 2);
    if (end === -1) continue;
    out.push(text.slice(copied, index), text.slice(open + 1, close));
    copied = end + 1;
    index = end;
  }
  out.push(text.slice(copied));
  return out.join("");
}

const SCHEMES = ["https:", "http:", "mailto:"];

/** `/<((?:https?|mailto):[^>\s]+)>/g` with `replace(…, "$1")`: `<https://…>` loses its brackets. */
function replaceAutolinks(text: string): string {
  if (!text.includes("<")) return text;
  const nextStop = forwardFinder(text, (index) => {
    const code = text.charCodeAt(index);
    return code === 0x3e || isSpaceCode(code);
  });
  const out: string[] = [];
  let copied = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) !== 0x3c) continue;
    const scheme = SCHEMES.find((name) => text.startsWith(name, index + 1));
    if (scheme === undefined) continue;
    const from = index + 1 + scheme.length;
    const stop = nextStop(from);
    if (stop <= from || text.charCodeAt(stop) !== 0x3e) continue;
    out.push(text.slice(copied, index), text.slice(index + 1, stop));
    copied = stop + 1;
    index = stop;
  }
  out.push(text.slice(copied));
  return out.join("");
}

const WORD = /[\p{L}\p{N}_]/u;

/** A letter, digit or `_`, by code point, ending just before `index`. */
function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const point = pair ? (text.codePointAt(index - 2) ?? 0) : low;
  return WORD.test(String.fromCodePoint(point));
}

/** A letter, digit or `_`, by code point, starting at `index`. */
function wordAt(text: string, index: number): boolean {
  const point = text.codePointAt(index);
  return point !== undefined && WORD.test(String.fromCodePoint(point));
}

/** One kind of emphasis: a delimiter that must hug the emphasised text on both sides. */
interface Emphasis {
  /** The delimiter's character and length ("**" is STAR, 2). */
  chars: readonly number[];
  length: number;
  /** Extra conditions on an opening or closing delimiter at `index` (word boundaries). */
  opens?: (text: string, index: number) => boolean;
  closes?: (text: string, index: number) => boolean;
}

// Delimiters must hug the emphasised text, so "2 * 3" and snake_case stay as they are.
const EMPHASES: readonly Emphasis[] = [
  // /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g
  { chars: [STAR, UNDERSCORE], length: 2 },
  // /\*(?=\S)(.+?)(?<=\S)\*/g
  { chars: [STAR], length: 1 },
  // /(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu
  {
    chars: [UNDERSCORE],
    length: 1,
    opens: (text, index) => !wordBefore(text, index),
    closes: (text, index) => !wordAt(text, index + 1),
  },
  // /~~(?=\S)(.+?)(?<=\S)~~/g
  { chars: [TILDE], length: 2 },
];

/**
 * One emphasis rule, as `replace` with its expression did: from left to right, an opening
 * delimiter before a non-space pairs with the first closing one after a non-space on the same
 * line, and the pair gives way to what it holds; the scan goes on after the closing delimiter.
 */
function unwrap(text: string, emphasis: Emphasis): string {
  const { chars, length, opens, closes } = emphasis;
  const present = chars.filter((char) => text.includes(String.fromCharCode(char)));
  if (present.length === 0) return text;
  const nextBreak = forwardFinder(text, (index) => isLineBreak(text.charCodeAt(index)));
  const nextCloser = new Map(
    present.map((char) => [
      char,
      forwardFinder(
        text,
        (index) =>
          text.charCodeAt(index) === char &&
          (length === 1 || text.charCodeAt(index + 1) === char) &&
          nonSpaceAt(text, index - 1) &&
          (closes === undefined || closes(text, index)),
      ),
    ]),
  );
  const out: string[] = [];
  let copied = 0;
  const [only] = present.length === 1 ? present.map((char) => String.fromCharCode(char)) : [];
  for (let index = 0; index < text.length; index += 1) {
    // With one delimiter character in the text, jump from one to the next.
    if (only !== undefined) {
      index = text.indexOf(only, index);
      if (index === -1) break;
    }
    const char = text.charCodeAt(index);
    const closer = nextCloser.get(char);
    if (closer === undefined) continue;
    if (length === 2 && text.charCodeAt(index + 1) !== char) continue;
    const inner = index + length;
    if (!nonSpaceAt(text, inner) || (opens !== undefined && !opens(text, index))) continue;
    const close = closer(inner + 1);
    if (close === -1) continue;
    const lineBreak = nextBreak(inner);
    if (lineBreak !== -1 && lineBreak < close) continue;
    out.push(text.slice(copied, index), text.slice(inner, close));
    copied = close + length;
    index = copied - 1;
  }
  out.push(text.slice(copied));
  return out.join("");
}

function stripEmphasis(text: string): string {
  let previous: string;
  let current = text;
  // Nested emphasis ("***both***") unwraps one layer per round.
  for (let round = 0; round < MAX_EMPHASIS_ROUNDS; round += 1) {
    previous = current;
    current = EMPHASES.reduce(unwrap, current);
    if (current === previous) break;
  }
  return current;
}

/** Plain text of one line (or several) of inline Markdown, whitespace collapsed and trimmed. */
export function plainText(markdown: string): string {
  if (!MARKUP.test(markdown)) return markdown.replace(/\s+/g, " ").trim();
  const guarded = replaceAutolinks(
    replaceLinks(replaceCodeSpans(protectEscapes(markdown), protectCode)),
  );
  return restoreProtected(stripEmphasis(guarded)).replace(/\s+/g, " ").trim();
}
