import { quoteMessage } from "../weekly/escape.js";
import { commandReplyMarker } from "./command-marker.js";

/** Who may use the commands, in one place so help and the refusal say the same. */
export const WHO_MAY_COMMAND = "the learner and collaborators with write access to this repository";

/** The commands and what each does, as a list. */
function commandList(): string[] {
  return [
    "Write one of these at the start of a line in a comment:",
    "",
    "- `/checkpoint status`: this week's figures so far, when the next weekly issue comes, and any problem with your config.",
    "- `/checkpoint pause [reason]`: no weekly issues or reminders until you resume.",
    "- `/checkpoint resume`: start again with the next weekly issue.",
    "- `/checkpoint skip [reason]`: excuse the current week: no reminder, and your streak of weeks with an update is kept.",
    "- `/checkpoint help`: this list.",
    "- `/checkpoint confirm`: only for the learner the config names, when that is not this account: agree that Checkpoint posts figures about you.",
    "",
    `They can be used by ${WHO_MAY_COMMAND}.`,
  ];
}

/** The answer to `/checkpoint help`. */
export function helpComment(commentId: number): string {
  return [...commandList(), "", commandReplyMarker("help", commentId)].join("\n");
}

/**
 * The answer to a `/checkpoint` command it cannot read: what it saw, quoted and escaped,
 * then the list of what it can do.
 */
export function unknownCommandComment(commentId: number, text: string): string {
  const opening =
    text.trim() === ""
      ? "`/checkpoint` needs a command after it."
      : `I didn't understand ${quoteMessage(`/checkpoint ${text}`)}.`;
  return [opening, "", ...commandList(), "", commandReplyMarker("unknown", commentId)].join("\n");
}
