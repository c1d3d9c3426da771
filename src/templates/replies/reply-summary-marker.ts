import { z } from "zod";
import type { Marker } from "../../domain/marker.js";
import { SECTION_KEYS, type SectionKey } from "../../domain/replies/sections.js";

export const REPLY_SUMMARY_KIND = "reply-summary";

/** What a reply summary remembers: the plan to ask about next week, and what was written. */
export interface ReplySummaryMarker {
  kind: typeof REPLY_SUMMARY_KIND;
  week: number;
  /** The merged reply's next steps, as the learner wrote them. */
  nextSteps: string[];
  /** Sections the merged reply wrote, in template order. */
  sections: SectionKey[];
}

const schema = z.object({
  kind: z.literal(REPLY_SUMMARY_KIND),
  week: z.number().int(),
  nextSteps: z.array(z.string()),
  sections: z.array(z.enum(SECTION_KEYS)),
});

/**
 * A reply summary's marker, or undefined when the marker is of another kind or not one we
 * can read: next week's issue takes its planned steps from here without re-reading replies.
 */
export function readReplySummaryMarker(marker: Marker | undefined): ReplySummaryMarker | undefined {
  const parsed = schema.safeParse(marker);
  return parsed.success ? parsed.data : undefined;
}
