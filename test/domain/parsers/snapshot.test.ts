import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/domain/commands/parse-command.js";
import { plainText } from "../../../src/domain/expectations/inline.js";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { REPO_CONTEXT, digest } from "./known-good.js";

// What the parsers made of these inputs before they were made linear (make-snapshot.ts): the
// first learner's document in full, and a digest of every other output.
const snapshot = JSON.parse(
  readFileSync("test/domain/parsers/fixtures/parser-snapshot.json", "utf8"),
) as {
  document: unknown;
  expectations: [string, string][];
  replies: [string, string][];
  commands: [string, string][];
  inline: [string, string][];
};

describe("the linear parsers read what the old ones read", () => {
  it("reads the first learner's expectation document exactly as before", () => {
    const document = readFileSync("test/fixtures/EXPECTATIONS.md", "utf8");
    expect(parseExpectations(document)).toEqual(snapshot.document);
  });

  it.each([
    ["expectation documents", snapshot.expectations, parseExpectations],
    ["replies", snapshot.replies, (body: string) => parseReply(body, REPO_CONTEXT)],
    ["commands", snapshot.commands, parseCommand],
    ["lines of inline Markdown", snapshot.inline, plainText],
  ] as const)("reads %s as before", (_kind, cases, parse: (text: string) => unknown) => {
    expect(cases.length).toBeGreaterThan(90);
    const changed = cases.filter(([input, before]) => digest(parse(input)) !== before);
    expect(changed.map(([input]) => input)).toEqual([]);
  });

  it("has cases that exercise the parsers", () => {
    // Known-good shapes are in the corpus, and the random inputs reach goals, links and commands.
    const goals = snapshot.expectations.filter(
      ([input]) => parseExpectations(input).sections.flatMap((section) => section.goals).length,
    );
    const links = snapshot.replies.filter(
      ([input]) => parseReply(input, REPO_CONTEXT).codeLinks.length > 0,
    );
    const commands = snapshot.commands.filter(([input]) => parseCommand(input) !== undefined);
    expect(goals.length).toBeGreaterThan(40);
    expect(links.length).toBeGreaterThan(20);
    expect(commands.length).toBeGreaterThan(20);
  });
});
