// Oracle: src/domain/commands/parse-command.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
import { visibleLines } from "./visible-lines.js";

/** A `/checkpoint` command from a comment. */
export type Command =
  | { kind: "status" }
  | { kind: "resume" }
  | { kind: "help" }
  | { kind: "pause"; reason?: string }
  | { kind: "skip"; reason?: string }
  /** Anything else after `/checkpoint`, or nothing: the bot answers with help. */
  | { kind: "unknown"; text: string };

// "/checkpoint" starting a line (up to three spaces in, as Markdown allows), then a word break.
const COMMAND_LINE = /^ {0,3}\/checkpoint(?![\w-])(.*)$/i;

/**
 * The command in a comment: the first line, anywhere in it, that starts with `/checkpoint`.
 * Lines in quotes, code blocks or HTML comments don't count (quoting the bot's help is not
 * asking for it), nor does `/checkpoint` in the middle of a sentence. The verb is
 * case-insensitive; a reason is the rest of the line. Verbs that take no reason ignore extra
 * words, so "/checkpoint resume please" resumes.
 */
export function parseCommand(body: string): Command | undefined {
  for (const line of visibleLines(body)) {
    const match = line.code ? null : COMMAND_LINE.exec(line.text);
    if (match) return toCommand((match[1] ?? "").trim());
  }
  return undefined;
}

function toCommand(text: string): Command {
  const [, word = "", rest = ""] = /^(\S*)\s*(.*)$/.exec(text) ?? [];
  // People type "/checkpoint pause: travelling" or "/checkpoint status?".
  const verb = word.toLowerCase().replace(/[.,:;!?]+$/, "");
  const reason = rest.trim();
  switch (verb) {
    case "status":
    case "resume":
    case "help":
      return { kind: verb };
    case "pause":
    case "skip":
      return reason === "" ? { kind: verb } : { kind: verb, reason };
    default:
      return { kind: "unknown", text };
  }
}
