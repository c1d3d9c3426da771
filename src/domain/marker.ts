import { z } from "zod";

/**
 * Every issue and comment Checkpoint writes carries a hidden marker
 * `<!-- checkpoint:v1 {json} -->`: how it finds its own work again and remembers
 * history without a database.
 */
export const markerSchema = z.looseObject({
  kind: z.string().min(1),
  week: z.number().int().optional(),
  /** On a weekly issue: the learner excused the week with /checkpoint skip. */
  skipped: z.boolean().optional(),
  /** On a weekly issue: the learner (or a writer) replied with an update. */
  updatePosted: z.boolean().optional(),
  /** On a weekly issue: the next steps of that update, quoted back next week. */
  nextSteps: z.array(z.string()).optional(),
});

export type Marker = z.infer<typeof markerSchema>;

const MARKER = /<!--\s*checkpoint:v1\s+(\{[\s\S]*?\})\s*-->/;
const MARKER_COMMENT = /<!--\s*checkpoint:v1[\s\S]*?-->/;

/** The marker line to append to a body; `--` cannot appear in an HTML comment, so it is escaped. */
export function renderMarker(marker: Marker): string {
  return `<!-- checkpoint:v1 ${JSON.stringify(marker).replace(/--/g, "\\u002d\\u002d")} -->`;
}

/** The marker of a body, or undefined when there is none or it is not ours to read. */
export function readMarker(body: string | null | undefined): Marker | undefined {
  const json = MARKER.exec(body ?? "")?.[1];
  if (!json) return undefined;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The body with its marker replaced by `marker` (appended when it has none). The new marker
 * is inserted as-is: learner text inside it, such as a skip reason with `$&`, stays literal.
 */
export function replaceMarker(body: string, marker: Marker): string {
  const rendered = renderMarker(marker);
  return MARKER_COMMENT.test(body)
    ? body.replace(MARKER_COMMENT, () => rendered)
    : `${body}\n\n${rendered}`;
}
