import { number } from "./words.js";

/*
 * GitHub refuses an issue or comment body over 65,536 characters with a 422, and the
 * learner would never hear why. Every body Checkpoint writes is fitted here first.
 */

/** GitHub's limit on a body. */
const GITHUB_BODY_LIMIT = 65_536;
/** What Checkpoint allows itself: under the limit, with room for GitHub's own counting. */
export const BODY_LIMIT = 65_000;

const MARKER_START = "<!-- checkpoint:v1";

/**
 * The body as it fits under BODY_LIMIT: unchanged when it does; else its text cut at a
 * line, a code block left open closed again, a note saying how much was left out, and the
 * hidden marker it ends with kept whole (markers are small by construction).
 */
export function fitBody(body: string, limit = BODY_LIMIT): string {
  if (body.length <= limit) return body;
  const markerAt = body.lastIndexOf(MARKER_START);
  const marker = markerAt === -1 ? "" : body.slice(markerAt);
  const text = (markerAt === -1 ? body : body.slice(0, markerAt)).trimEnd();
  const note = (left: number) =>
    `_… ${number(left)} more characters left out: GitHub takes at most ${number(GITHUB_BODY_LIMIT)} in one comment._`;
  // Room for the note (its count is at most the text's length), a closing fence and the marker.
  const room = Math.max(0, limit - marker.length - note(text.length).length - 16);
  const lineEnd = text.lastIndexOf("\n", room);
  let cut = lineEnd > room / 2 ? lineEnd : room;
  // Never between the two halves of a character outside the basic plane.
  if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
  const kept = text.slice(0, cut);
  const fences = kept.match(/^ {0,3}```/gm)?.length ?? 0;
  const closed = fences % 2 === 1 ? `${kept}\n\`\`\`` : kept;
  const parts = [closed.trimEnd(), note(text.length - kept.length)];
  return `${parts.join("\n\n")}${marker ? `\n\n${marker}` : ""}`;
}
