// Oracle: src/domain/expectations/goal-id.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
import { significantWords } from "../../../../src/domain/expectations/words.js";

/** How many significant words name a goal: enough to tell goals apart, short enough to read. */
const GOAL_WORDS = 4;
/** How many significant words name a section ("Skill & Knowledge Goals" → "skill-knowledge"). */
const SECTION_WORDS = 2;
// Every section of an expectation document is about goals; the word tells sections apart from nothing.
const SECTION_FILLER = new Set(["goal", "goals", "section", "part"]);

/** The part of an id that comes from the section's title; its number is left out, so renumbering keeps ids. */
export function sectionKey(title: string): string {
  const words = significantWords(title).filter((word) => !SECTION_FILLER.has(word));
  return words.slice(0, SECTION_WORDS).join("-") || "goals";
}

/**
 * The id a goal gets from its own words, before collisions are settled:
 * "Master the Django ORM (models, migrations, queries)" under "Skill & Knowledge Goals"
 * → "skill-knowledge/django-orm-models-migrations". Whitespace, emphasis, punctuation and
 * position do not enter it.
 */
export function baseGoalId(sectionTitle: string, text: string): string {
  const slug = significantWords(text).slice(0, GOAL_WORDS).join("-") || "goal";
  return `${sectionKey(sectionTitle)}/${slug}`;
}

/**
 * Returns `id`, or the first of `id-2`, `id-3`, … not in `taken`, and records it as taken.
 * Callers go through goals in document order, so the first of two twins keeps the plain id.
 */
export function claimId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${id}-${suffix}`;
  taken.add(candidate);
  return candidate;
}
