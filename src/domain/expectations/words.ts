/**
 * The words that carry a goal's meaning. Ids are built from them and rewordings are matched
 * on them, so "Master the Django ORM" and "master Django’s ORM!" come out the same.
 */

// Grammar, plus the aspiration verbs nearly every goal opens with ("learn", "master", "gain"),
// which would otherwise crowd the words that tell goals apart out of their ids.
const STOPWORDS = new Set(
  `a an the and or nor but not no of to in on at for with by from as into onto via per than then so
  is are be been am was were will would can could should shall may might must do does did
  i im ive ill me my mine we us our you your it its this that these those they them their
  what which who how when where why all any some each every more most also just very really well
  etc eg ie let lets least
  learn master gain understand improve get become strong good better able aim try want hope plan use using`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

const ASCII = /^[\0-\x7f]*$/;

/**
 * Significant words of a text, lower case, in order of first appearance, each once:
 * diacritics, possessives and apostrophes dropped, stopwords and single letters left out.
 */
export function significantWords(text: string): string[] {
  // ASCII has no marks to fold away: most goals skip the Unicode work.
  const folded = ASCII.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, "");
  const words = folded
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)));
  return [...new Set(words)];
}

/** A plural folded onto its singular ("queries" → "query", "tests" → "test"), for matching only. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
