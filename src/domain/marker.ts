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
});

export type Marker = z.infer<typeof markerSchema>;

const MARKER = /<!--\s*checkpoint:v1\s+(\{[\s\S]*?\})\s*-->/;

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
