import type { CodeLink } from "./code-links.js";
import type { ParsedReply } from "./parse-reply.js";
import { SECTION_KEYS, type SectionKey } from "./sections.js";

/**
 * A learner's replies on one weekly issue read as one update, oldest first. They may reply
 * twice (a second comment adding Challenges) or edit (a comment's new text), so:
 * - each section is the latest non-empty version of it;
 * - next steps are those of the latest reply that has any, the plan they mean now;
 * - code links are all of them, each address once, in first-seen order;
 * - missing is recomputed from the merged sections, and the whole is empty only if every
 *   reply was (no replies at all is empty too).
 */
export function mergeReplies(replies: readonly ParsedReply[]): ParsedReply {
  const sections: Partial<Record<SectionKey, string>> = {};
  // Template order, so the merged object does not depend on which reply wrote a section first.
  for (const key of SECTION_KEYS) {
    for (const reply of replies) {
      const text = reply.sections[key];
      if (text !== undefined && text !== "") sections[key] = text;
    }
  }
  const codeLinks: CodeLink[] = [];
  const urls = new Set<string>();
  for (const link of replies.flatMap((reply) => reply.codeLinks)) {
    if (urls.has(link.url)) continue;
    urls.add(link.url);
    codeLinks.push(link);
  }
  return {
    sections,
    missing: SECTION_KEYS.filter((key) => sections[key] === undefined),
    nextSteps: [...(replies.findLast((reply) => reply.nextSteps.length > 0)?.nextSteps ?? [])],
    codeLinks,
    empty: replies.every((reply) => reply.empty),
  };
}
