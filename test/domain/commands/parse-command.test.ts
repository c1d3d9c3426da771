import { describe, expect, it } from "vitest";
import { parseCommand, type Command } from "../../../src/domain/commands/parse-command.js";
import { commentPayload } from "../../helpers/comment-payload.js";

// Each body is put into GitHub's own issue_comment.created example and read back from it.
function command(body: string): Command | undefined {
  return parseCommand(commentPayload("created", body).comment.body);
}

describe("parseCommand", () => {
  it.each<[string, Command]>([
    ["/checkpoint status", { kind: "status" }],
    ["/checkpoint resume", { kind: "resume" }],
    ["/checkpoint help", { kind: "help" }],
    ["/checkpoint pause", { kind: "pause" }],
    ["/checkpoint skip", { kind: "skip" }],
    // The reason is the rest of the line, trimmed, its case kept.
    [
      "/checkpoint pause travelling to Lagos until the 3rd",
      { kind: "pause", reason: "travelling to Lagos until the 3rd" },
    ],
    ["/checkpoint skip\tsick this week  ", { kind: "skip", reason: "sick this week" }],
    ["/checkpoint pause:  exam week", { kind: "pause", reason: "exam week" }],
    // Verb and prefix are case-insensitive (phones capitalise the first letter).
    ["/CHECKPOINT STATUS", { kind: "status" }],
    ["/Checkpoint Pause Holiday", { kind: "pause", reason: "Holiday" }],
    ["/checkpoint status?", { kind: "status" }],
    // Verbs that take no reason ignore what follows.
    ["/checkpoint resume please", { kind: "resume" }],
    // Anything else, or nothing, is unknown, with the text after /checkpoint for the answer.
    ["/checkpoint deploy now", { kind: "unknown", text: "deploy now" }],
    ["/checkpoint pause-now", { kind: "unknown", text: "pause-now" }],
    ["/checkpoint", { kind: "unknown", text: "" }],
    ["/checkpoint   ", { kind: "unknown", text: "" }],
    ["   /checkpoint help", { kind: "help" }],
    ["/checkpoint pause vacation\r\nsee you in two weeks", { kind: "pause", reason: "vacation" }],
  ])("%j → %j", (body, expected) => {
    expect(command(body)).toStrictEqual(expected);
  });

  it.each<[string, Command]>([
    // Decision: a command counts on any line of its own, not only the first.
    [
      "Thanks for the summary!\n\n/checkpoint skip sick this week",
      { kind: "skip", reason: "sick this week" },
    ],
    // A quoted command is someone else's; the learner's own line after it is the command.
    ["> /checkpoint pause\n\n/checkpoint resume", { kind: "resume" }],
    // Only the first command line counts.
    ["/checkpoint status\n/checkpoint pause", { kind: "status" }],
    ["```\n/checkpoint pause\n```\n/checkpoint help", { kind: "help" }],
  ])("finds the first command line in %j", (body, expected) => {
    expect(command(body)).toStrictEqual(expected);
  });

  it.each([
    ["no command", "Here is my update for week 8."],
    ["an empty body", ""],
    ["a command in a quote", "> /checkpoint pause"],
    ["a command in a code block", "```\n/checkpoint pause\n```"],
    ["a command in inline code", "`/checkpoint status`"],
    ["a command in an HTML comment", "<!-- /checkpoint pause -->"],
    ["a command in the middle of a sentence", "please /checkpoint pause"],
    ["a command indented as code", "    /checkpoint help"],
    ["a longer word", "/checkpointstatus"],
    ["a hyphenated word", "/checkpoint-status"],
  ])("finds nothing in %s", (_name, body) => {
    expect(command(body)).toBeUndefined();
  });

  it("reads the new body of an edited comment", () => {
    const payload = commentPayload("edited", "Update below.\n/checkpoint pause moving house");
    payload.changes.body = { from: "Update below." };
    expect(parseCommand(payload.comment.body)).toStrictEqual({
      kind: "pause",
      reason: "moving house",
    });
    expect(parseCommand(payload.changes.body.from)).toBeUndefined();
  });
});
