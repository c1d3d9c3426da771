import { z } from "zod";
import { renderMarker, type Marker } from "../../domain/marker.js";
import type { Command } from "../../domain/commands/parse-command.js";

export const COMMAND_REPLY_KIND = "command-reply";

/** What an answer answers: a command's kind, or "not-permitted" when its author may not use commands. */
export type AnsweredCommand = Command["kind"] | "not-permitted";

/**
 * The marker of an answer to a command comment. It names the comment it answers, so a
 * redelivered webhook finds the answer already there and posts nothing twice.
 */
export function commandReplyMarker(
  command: AnsweredCommand,
  commentId: number,
  extra: Record<string, unknown> = {},
): string {
  return renderMarker({ kind: COMMAND_REPLY_KIND, command, comment: commentId, ...extra });
}

const answers = z.looseObject({ kind: z.literal(COMMAND_REPLY_KIND), comment: z.number().int() });

/** The id of the comment a marker's answer answers; undefined for any other marker. */
export function answeredComment(marker: Marker | undefined): number | undefined {
  const parsed = answers.safeParse(marker);
  return parsed.success ? parsed.data.comment : undefined;
}
