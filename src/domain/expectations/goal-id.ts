import { significantWords } from "./words.js";

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
  return `${sectionKey(sectionTitle)}/${goalSlug(text)}`;
}

/** The part of a goal's id that comes from its own words: "django-orm-models-migrations". */
export function goalSlug(text: string): string {
  return significantWords(text).slice(0, GOAL_WORDS).join("-") || "goal";
}

/**
 * For each set of taken ids, the suffix to try next for each id: every one below it is taken.
 * Sets of taken ids only grow, so it stays true, and twins cost one probe each, not one per
 * elder twin (16,000 identical bullets took a minute).
 */
const nextSuffixes = new WeakMap<Set<string>, Map<string, number>>();

/**
 * Returns `id`, or the first of `id-2`, `id-3`, … not in `taken`, and records it as taken.
 * Callers go through goals in document order, so the first of two twins keeps the plain id.
 * `taken` may hold ids from elsewhere, but ids are never removed from it.
 */
export function claimId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) {
    taken.add(id);
    return id;
  }
  let suffixes = nextSuffixes.get(taken);
  if (suffixes === undefined) {
    suffixes = new Map();
    nextSuffixes.set(taken, suffixes);
  }
  let suffix = suffixes.get(id) ?? 2;
  while (taken.has(`${id}-${suffix}`)) suffix += 1;
  const candidate = `${id}-${suffix}`;
  suffixes.set(id, suffix + 1);
  taken.add(candidate);
  return candidate;
}
