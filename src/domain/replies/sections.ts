/**
 * The six sections of the weekly update a learner is asked to write, in template order.
 * This list is the only definition: the issue template is generated from it, and the reply
 * parser recognises a section by its label or one of its synonyms.
 */

/** One section of the weekly update. */
export interface SectionDefinition {
  key: string;
  /** The heading the issue template shows. */
  label: string;
  /** The question the template asks under the heading. */
  prompt: string;
  /** Other names learners give the section; matched like the label, case-insensitively. */
  synonyms: readonly string[];
}

export const SECTIONS = [
  {
    key: "summary",
    label: "Summary",
    prompt: "What did you work on this week?",
    synonyms: [
      "What I did",
      "What I've done",
      "Done",
      "Progress",
      "This week",
      "Recap",
      "Overview",
    ],
  },
  {
    key: "code",
    label: "Code",
    prompt: "Links to commits or pull requests.",
    synonyms: ["Commits", "PRs", "Pull requests", "Links", "Code links", "Repos", "Repositories"],
  },
  {
    key: "challenges",
    label: "Challenges",
    prompt: "What was hard, or got in your way?",
    synonyms: ["Challenge", "Blockers", "Blocker", "Problems", "Struggles", "Difficulties"],
  },
  {
    key: "whatStuck",
    label: "What stuck",
    prompt: "What do you now understand?",
    synonyms: [
      "Learned",
      "Learnt",
      "What I learned",
      "What I learnt",
      "TIL",
      "Lessons",
      "Takeaways",
    ],
  },
  {
    key: "needsReview",
    label: "What needs review",
    prompt: "What should a mentor look at?",
    synonyms: [
      "Needs review",
      "Questions",
      "Need help",
      "Help needed",
      "To review",
      "Open questions",
    ],
  },
  {
    key: "nextSteps",
    label: "Next steps",
    prompt: "What will you do next week?",
    synonyms: [
      "Next step",
      "Next",
      "Plan",
      "Plans",
      "Plans for next week",
      "Todo",
      "To do",
      "Next week",
    ],
  },
] as const satisfies readonly SectionDefinition[];

export type SectionKey = (typeof SECTIONS)[number]["key"];

/** Section keys in template order. */
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);

/**
 * One piece of decoration people put around a label: an emoji (with the joiners, variation
 * selectors and skin tones that build it) or a GitHub `:shortcode:`. A RegExp source, for `u` mode.
 */
export const DECORATION =
  "(?::[a-z0-9_+-]+:|\\p{Extended_Pictographic}|\\p{Regional_Indicator}|[\\u{1F3FB}-\\u{1F3FF}]|\\u200D|\\uFE0F|\\u20E3)";
const DECORATIONS = new RegExp(DECORATION, "gu");

/**
 * Lower-case words of a label, without decoration, a leading "1." or punctuation:
 * "🚀 Next steps:" → "next steps".
 */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(DECORATIONS, " ")
    .replace(/['’`]/g, "")
    .replace(/^\s*\d+[.)]?\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_NAME = new Map<string, SectionKey>(
  SECTIONS.flatMap((section) =>
    [section.label, ...section.synonyms].map(
      (name) => [normalizeLabel(name), section.key] as const,
    ),
  ),
);
const LONGEST_NAME = Math.max(...[...BY_NAME.keys()].map((name) => name.split(" ").length));

// A label may go on with a few words that only date it ("Challenges this week",
// "Next steps for week 9"); anything else ("Next time I'll ask") is prose, not a label.
const QUALIFIERS = new Set("for this of from in on during so week today".split(" "));
const MAX_QUALIFIER_WORDS = 3;

/**
 * The section a label names, if any: its label or a synonym, optionally dated by a few words
 * unless `exact` is set (for a bare line of prose, where "Next week I'll deploy" is no label).
 */
export function sectionForLabel(text: string, { exact = false } = {}): SectionKey | undefined {
  const words = normalizeLabel(text).split(" ");
  for (let length = Math.min(words.length, LONGEST_NAME); length >= 1; length -= 1) {
    const key = BY_NAME.get(words.slice(0, length).join(" "));
    const rest = words.slice(length);
    if (key === undefined) continue;
    if (rest.length === 0) return key;
    if (!exact && rest.length <= MAX_QUALIFIER_WORDS && isQualifier(rest[0] ?? "")) return key;
  }
  return undefined;
}

function isQualifier(word: string): boolean {
  return QUALIFIERS.has(word) || /^\d/.test(word);
}
