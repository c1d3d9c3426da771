/*
 * Writes fixtures/parser-snapshot.json: inputs and what the parsers made of them, computed
 * ONCE on the code before the parsers were made linear (commit f8edfa0), so that
 * snapshot.test.ts can show the linear parsers read every one of them the same way.
 * Do not regenerate it from today's code: that would compare the parsers with themselves.
 *
 *   npx tsx test/domain/parsers/make-snapshot.ts && npx prettier --write test/domain/parsers/fixtures
 *   (on the old code)
 */
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { parseCommand } from "../../../src/domain/commands/parse-command.js";
import { plainText } from "../../../src/domain/expectations/inline.js";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { commandText, markdownLine, markdownText } from "./arbitraries.js";
import { KNOWN_REPLIES, REPO_CONTEXT, digest, expectationVariants } from "./known-good.js";

const SEED = 20251130;
const sample = (arbitrary: fc.Arbitrary<string>, numRuns: number, offset: number): string[] =>
  fc.sample(arbitrary, { seed: SEED + offset, numRuns });

const expectations = readFileSync("test/fixtures/EXPECTATIONS.md", "utf8");
const expectationInputs = [
  ...expectationVariants(expectations),
  ...sample(markdownText(24, 10), 150, 1),
];
const replyInputs = [...KNOWN_REPLIES, ...sample(markdownText(16, 12), 150, 2)];
const commandInputs = sample(commandText(), 100, 3);
const inlineInputs = sample(markdownLine(16), 300, 4);

const snapshot = {
  note: "Computed on commit f8edfa0, before the parsers were made linear; see make-snapshot.ts.",
  /** The first learner's document, in full, for a readable difference. */
  document: parseExpectations(expectations),
  expectations: expectationInputs.map((input) => [input, digest(parseExpectations(input))]),
  replies: replyInputs.map((input) => [input, digest(parseReply(input, REPO_CONTEXT))]),
  commands: commandInputs.map((input) => [input, digest(parseCommand(input))]),
  inline: inlineInputs.map((input) => [input, digest(plainText(input))]),
};
writeFileSync("test/domain/parsers/fixtures/parser-snapshot.json", JSON.stringify(snapshot));
