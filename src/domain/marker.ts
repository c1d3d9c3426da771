import { z } from "zod";

/*
 * The stored shape of Checkpoint's state. Every issue and comment Checkpoint writes ends
 * with one hidden marker `<!-- checkpoint:v1 {json} -->`; its kind says what it records.
 * This union is the only definition of those kinds: the ledger (src/ledger/) is the only
 * code that reads them from GitHub, and templates render them through `renderMarker`.
 * `v1` is the format version: a later format gets a new prefix and a reader for both.
 */

const week = z.number().int();
/** Learner text kept in a marker is cut to this many characters, so a marker stays small. */
const MARKER_TEXT_LIMIT = 200;
/** At most this many next steps are remembered per week. */
const MARKER_STEPS_LIMIT = 20;

/**
 * What the week before a weekly issue had settled when the issue opened: carried forward,
 * written once, so history reads from the issue listing alone without re-reading comments.
 */
const carriedWeekSchema = z.object({
  week,
  /** The learner posted an update (a reply on the week's issue). */
  update: z.boolean(),
  /** The learner excused the week with /checkpoint skip. */
  skipped: z.boolean(),
  /** The next steps that update promised. */
  nextSteps: z.array(z.string()),
  /** Weeks in a row with an update, up to and including that week (an excused week keeps it). */
  updatesInARow: z.number().int().min(0),
});
export type CarriedWeek = z.infer<typeof carriedWeekSchema>;

/** The most of the greeting name a weekly marker keeps: a longer one is cut, never refused. */
const GREETING_CHARS = 200;

/** The greeting name as a weekly marker keeps it, at most GREETING_CHARS characters. */
export const markerGreeting = (name: string) => name.slice(0, GREETING_CHARS);

const kinds = [
  // Issues.
  z.looseObject({
    kind: z.literal("weekly"),
    week,
    window: z.object({ firstDay: z.string(), lastDay: z.string() }).optional(),
    figures: z.unknown().optional(),
    facts: z.unknown().optional(),
    lastWeek: carriedWeekSchema.optional(),
    /** The name the issue greeted the learner by, so replies and reminders greet alike for free. */
    greeting: z.string().max(GREETING_CHARS).optional(),
    /** Legacy (written into the body before facts were appended): read, never written. */
    updatePosted: z.boolean().optional(),
    nextSteps: z.array(z.string()).optional(),
    skipped: z.boolean().optional(),
  }),
  z.looseObject({
    kind: z.literal("paused"),
    reason: z.string().optional(),
    since: z.string().optional(),
  }),
  z.looseObject({
    kind: z.literal("review"),
    review: z.enum(["mid-course", "final"]),
    week,
    goals: z.record(z.string(), z.string()).optional(),
  }),
  z.looseObject({ kind: z.literal("welcome") }),
  /** Waits for the learner a config names to agree that figures about them are posted. */
  z.looseObject({ kind: z.literal("consent"), login: z.string() }),
  z.looseObject({ kind: z.literal("config-problems"), problems: z.array(z.string()) }),
  // Comments.
  z.looseObject({
    kind: z.literal("reply-summary"),
    week,
    nextSteps: z.array(z.string()),
    sections: z.array(z.string()),
  }),
  z.looseObject({
    kind: z.literal("command-reply"),
    command: z.string(),
    /** The id of the comment it answers: a command is answered once. */
    comment: z.number().int(),
    /** With `command: "confirm"`: the login that confirmed. */
    login: z.string().optional(),
    /** With `command: "skip"`: the week it excuses, and why. */
    week: week.optional(),
    reason: z.string().optional(),
  }),
  z.looseObject({ kind: z.literal("reminder"), week }),
  z.looseObject({ kind: z.literal("week-summary"), week, figures: z.unknown().optional() }),
  z.looseObject({
    kind: z.literal("review-summary"),
    review: z.enum(["mid-course", "final"]),
    week,
    /** The ticked goals it names (those still in the document). */
    checked: z.array(z.string()),
    /** Every ticked box it answered, so a pass can tell it is up to date without the document. */
    ticked: z.array(z.string()).optional(),
  }),
  z.looseObject({ kind: z.literal("welcome-done") }),
  z.looseObject({ kind: z.literal("config-fixed") }),
  /** The note on an issue Checkpoint opened twice, pointing to the one that stays. */
  z.looseObject({ kind: z.literal("duplicate"), of: z.number().int() }),
] as const;

const markerSchema = z.discriminatedUnion("kind", kinds);
export type Marker = z.infer<typeof markerSchema>;
type MarkerKind = Marker["kind"];
/** The marker of one kind. */
export type MarkerOf<K extends MarkerKind> = Extract<Marker, { kind: K }>;

export type ReviewKind = MarkerOf<"review">["review"];
/** The marker kinds an issue of Checkpoint's can carry; the others are comments'. */
export type IssueMarker = MarkerOf<
  "weekly" | "paused" | "review" | "welcome" | "config-problems" | "consent"
>;

/** Whether a marker is of kind `kind`, narrowed. */
export function isKind<K extends MarkerKind>(
  marker: Marker | undefined,
  kind: K,
): marker is MarkerOf<K> {
  return marker?.kind === kind;
}

/**
 * The marker line to append to a body. `--`, `<` and `>` are escaped inside the JSON, so
 * nothing in it (learner text included) can end the comment early or open another.
 */
export function renderMarker(marker: Marker): string {
  const json = JSON.stringify(marker)
    .replace(/-/g, "\\u002d")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e");
  return `<!-- checkpoint:v1 ${json} -->`;
}

const START = /<!--\s*checkpoint:v1\s/g;
const END = "-->";
/** How many markers, counted from the end, a reader tries before giving up. */
const TRIED = 5;

/**
 * The marker of a body: the LAST readable one, as Checkpoint always ends what it writes with
 * its own; undefined when there is none. Only the last few candidates are tried, so reading
 * stays linear in the body, whatever a person pasted into it.
 */
export function readMarker(body: string | null | undefined): Marker | undefined {
  const text = body ?? "";
  const starts = [...text.matchAll(START)].slice(-TRIED).reverse();
  for (const match of starts) {
    const start = match.index + match[0].length;
    const end = text.indexOf(END, start);
    if (end === -1) continue;
    const marker = parse(text.slice(start, end));
    if (marker) return marker;
  }
  return undefined;
}

function parse(json: string): Marker | undefined {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Learner text as a marker keeps it: at most MARKER_TEXT_LIMIT characters. */
export function markerText(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MARKER_TEXT_LIMIT ? text : chars.slice(0, MARKER_TEXT_LIMIT).join("");
}

/** Next steps as a marker keeps them: the first MARKER_STEPS_LIMIT, each cut to MARKER_TEXT_LIMIT. */
export function markerSteps(steps: readonly string[]): string[] {
  return steps.slice(0, MARKER_STEPS_LIMIT).map(markerText);
}
