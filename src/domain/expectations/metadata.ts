import { readDate } from "./dates.js";
import { plainText } from "./inline.js";
import type { ExpectationMetadata } from "./types.js";

type Field = keyof ExpectationMetadata;

// Labels as learners write them, compared in lower case with emphasis and spacing removed.
const LABELS: [Field, RegExp][] = [
  ["startDate", /\b(?:start|started|starting|began|begun|commenced)\b/],
  ["course", /^(?:course|course name|program|programme|track)$/],
  ["cohort", /^(?:cohort|cohort name|batch)$/],
  ["learner", /^(?:learner|student|name|full name|(?:learner|student)(?:'?s)? name)$/],
];

// "Label: value" with a short label, so a sentence that happens to hold a colon is not one.
const LABEL_LINE = /^([^:]{1,40}?)\s*:\s*(.*)$/;

/** A `Label: value` line whose label names a metadata field. */
export interface LabelEntry {
  field: Field;
  /** The label as written, to quote back in a problem. */
  label: string;
  /** Plain text of the value; "" when the line has a label only. */
  value: string;
}

/** Reads a line of text (or a list item's content) as a metadata label line, if it is one. */
export function readLabelLine(markdown: string): LabelEntry | undefined {
  const match = LABEL_LINE.exec(plainText(markdown));
  if (!match) return undefined;
  const label = match[1] ?? "";
  const key = label.toLowerCase().replace(/[’`]/g, "'");
  const field = LABELS.find(([, pattern]) => pattern.test(key))?.[0];
  return field && { field, label, value: match[2] ?? "" };
}

/**
 * Metadata from the label lines before the first section: the first value for each field wins,
 * and a start date that cannot be read without guessing is left out and reported.
 */
export function readMetadata(entries: LabelEntry[]): {
  metadata: ExpectationMetadata;
  problems: string[];
} {
  const metadata: ExpectationMetadata = {};
  const problems: string[] = [];
  const seen = new Set<Field>();
  for (const entry of entries) {
    if (entry.value === "" || seen.has(entry.field)) continue;
    seen.add(entry.field);
    if (entry.field !== "startDate") {
      metadata[entry.field] = entry.value;
      continue;
    }
    const reading = readDate(entry.value);
    if ("date" in reading) metadata.startDate = reading.date;
    else {
      problems.push(
        `The start date "${entry.value}" (${entry.label}) ${reading.reason}; write it like 2025-09-30 or September 30, 2025.`,
      );
    }
  }
  return { metadata, problems };
}

/**
 * How a learner is greeted: the name the config gives, else the first name of the
 * document's learner ("Cosmas" for "Cosmas Onyekwelu"), else their login.
 */
export function greetingName(
  configured: string | undefined,
  document: { metadata: { learner?: string } } | undefined,
  login: string,
): string {
  const documented = document?.metadata.learner?.trim().split(/\s+/)[0];
  return configured ?? (documented || login);
}

/** The course and cohort a learner is in, as issues name them. */
export interface CourseNames {
  name?: string;
  cohort?: string;
}

/** The course and cohort a learner is in: the config's names, else the document's. */
export function courseNames(
  configured: { name?: string | undefined; cohort?: string | undefined },
  document: { metadata: { course?: string; cohort?: string } } | undefined,
): CourseNames {
  const name = configured.name ?? document?.metadata.course;
  const cohort = configured.cohort ?? document?.metadata.cohort;
  return { ...(name ? { name } : {}), ...(cohort ? { cohort } : {}) };
}
