/**
 * Text from outside (commit messages, file paths, names) placed into Markdown that GitHub
 * renders and e-mail shows raw. It must never open HTML, emphasis, a code span, a link or a
 * table cell, and must never ping someone or point at an issue of the home repository.
 */

/** How many characters of a commit message an issue quotes. */
const QUOTE_LENGTH = 60;

// Every character that can start Markdown structure mid-line; backslash escapes are plain in both views.
// `<` is written as an entity instead: a backslash before it would leave `<!--` in the raw
// body, which could open an HTML comment that hides the rest, Checkpoint's marker included.
const SPECIAL = /[\\`*_[\]>|~&]/g;
// A word joiner after @ or # stops GitHub's mentions (@bob) and issue references (#3) invisibly.
const REFERENCE = /([@#])(?=[\p{L}\p{N}_])/gu;
const WORD_JOINER = "\u2060";

/** Outside text as literal inline Markdown, on one line. */
export function escapeText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(SPECIAL, "\\$&")
    .replace(/</g, "&lt;")
    .replace(REFERENCE, `$1${WORD_JOINER}`);
}

/**
 * A mention of a login. A config may name any string as the learner's login, so the login is
 * escaped like any outside text: it pings that account and can open nothing.
 */
export function mention(login: string): string {
  return `@${escapeText(login)}`;
}

/** At most `max` characters (code points, so an emoji is never cut in half), with "…" when cut. */
export function truncate(text: string, max = QUOTE_LENGTH): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** A commit subject quoted in curly quotes, cut at `QUOTE_LENGTH` and escaped. */
export function quoteMessage(subject: string): string {
  return `“${escapeText(truncate(subject))}”`;
}

// Only mentions: a learner's own "#12" may well mean their issue, but "@mentor" quoted back
// every week would ping the mentor every week.
const MENTION = /@(?=[\p{L}\p{N}_])/gu;

/**
 * The learner's own words (a planned step) kept as the Markdown they wrote, on one line,
 * with `<` disarmed so no HTML, and no copy of our hidden marker, can come through, and
 * mentions quieted so quoting them back pings nobody again.
 */
export function ownWords(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/</g, "&lt;").replace(MENTION, `@${WORD_JOINER}`);
}
