import { markerText, renderMarker } from "../../domain/marker.js";
import type { Command } from "../../domain/commands/parse-command.js";

/**
 * What an answer answers: a command's kind, "not-permitted" when its author may not use
 * commands, or "confirm-edited" for a confirmation edited into a comment (not taken).
 */
export type AnsweredCommand = Command["kind"] | "not-permitted" | "confirm-edited";

/**
 * The marker of an answer to a command comment. It names the comment it answers, so a
 * redelivered webhook, or the next pass, finds the answer already there and posts nothing
 * twice; a skip's answer also names the week it excuses, which is how that is remembered.
 */
export function commandReplyMarker(
  command: AnsweredCommand,
  commentId: number,
  skip?: { week: number; reason?: string | undefined },
  confirmed?: string,
): string {
  return renderMarker({
    kind: "command-reply",
    command,
    comment: commentId,
    ...(confirmed ? { login: confirmed } : {}),
    ...(skip ? { week: skip.week } : {}),
    ...(skip?.reason?.trim() ? { reason: markerText(skip.reason) } : {}),
  });
}
