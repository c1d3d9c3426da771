import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adversarialShapes, fill, SIZE } from "../../../bench/adversarial/shapes.js";
import { parseCommand } from "../../../src/domain/commands/parse-command.js";
import { plainText } from "../../../src/domain/expectations/inline.js";
import {
  MAX_DOCUMENT_CHARS,
  parseExpectations,
  tooLong,
} from "../../../src/domain/expectations/parse.js";
import type { ExpectationDocument } from "../../../src/domain/expectations/types.js";
import { mergeReplies } from "../../../src/domain/replies/merge-replies.js";
import { parseReply, type ParsedReply } from "../../../src/domain/replies/parse-reply.js";
import { SECTION_KEYS } from "../../../src/domain/replies/sections.js";
import { RUNS, anyText, commandText } from "./arbitraries.js";
import { REPO_CONTEXT } from "./known-good.js";

/*
 * Every parser of learner-controlled text, on any text and on the benchmark's adversarial
 * shapes (65,536 characters each): it returns, never throws, and what it returns is bounded
 * by what it was given. No timing is asserted; before the parsers were linear, the shapes
 * alone ran past the test timeout.
 */

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;
const SHAPES = adversarialShapes().map((shape) => [shape.name, shape.text] as const);

function checkDocument(markdown: string, document: ExpectationDocument): void {
  const read = markdown.slice(0, MAX_DOCUMENT_CHARS);
  const lines = read.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const bullets = lines.filter((line) => /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(line)).length;
  const headings = lines.filter((line) => /^ {0,3}#/.test(line)).length;
  const goals = document.sections.flatMap((section) => section.goals);
  // No more goals than list items, no more sections than headings (and the untitled one).
  expect(goals.length).toBeLessThanOrEqual(bullets);
  expect(document.sections.length).toBeLessThanOrEqual(headings + 1);
  expect(new Set(goals.map((goal) => goal.id)).size).toBe(goals.length);
  // One assertion over every goal (an adversarial document holds thousands): the goals
  // listed are the ones out of bounds.
  const outOfBounds = goals.filter(
    (goal) =>
      goal.line < 1 ||
      goal.line > lines.length ||
      goal.text.length > goal.raw.length ||
      goal.text !== goal.text.trim() ||
      !/^[^/]+\/.+$/.test(goal.id),
  );
  expect(outOfBounds).toEqual([]);
  expect(document.problems.length).toBeLessThanOrEqual(4);
  expect(document.title?.length ?? 0).toBeLessThanOrEqual(read.length);
}

function checkReply(body: string, reply: ParsedReply): void {
  expect(reply.nextSteps.length).toBeLessThanOrEqual(lineCount(body));
  expect(reply.nextSteps.filter((step) => step === "")).toEqual([]);
  expect(Object.values(reply.sections).filter((text) => text.length > body.length)).toEqual([]);
  expect([...Object.keys(reply.sections), ...reply.missing].sort()).toEqual(
    [...SECTION_KEYS].sort(),
  );
  expect(reply.empty).toBe(reply.missing.length === SECTION_KEYS.length);
  // Each link once, each read from at least two characters ("#1").
  expect(new Set(reply.codeLinks.map((link) => link.url)).size).toBe(reply.codeLinks.length);
  expect(reply.codeLinks.length).toBeLessThanOrEqual(body.length / 2);
  const malformed = reply.codeLinks.filter(
    (link) =>
      !link.url.startsWith("https://github.com/") ||
      (link.kind === "commit" && !/^[0-9a-f]{7,40}$/.test(link.ref)),
  );
  expect(malformed).toEqual([]);
}

function checkCommand(body: string): void {
  const command = parseCommand(body);
  if (!/\/checkpoint/i.test(body)) expect(command).toBeUndefined();
  if (command === undefined) return;
  expect(["status", "resume", "help", "pause", "skip", "unknown"]).toContain(command.kind);
  const text = "reason" in command ? command.reason : "text" in command ? command.text : "";
  expect((text ?? "").length).toBeLessThan(body.length);
}

function checkPlainText(markdown: string): void {
  const text = plainText(markdown);
  expect(text.length).toBeLessThanOrEqual(markdown.length);
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\s\s/);
}

describe("parsers on any text", () => {
  it("read any expectation document into bounded goals", () => {
    fc.assert(
      fc.property(anyText(), (markdown) => {
        checkDocument(markdown, parseExpectations(markdown));
      }),
      { numRuns: RUNS },
    );
  });

  it("read any line of Markdown into shorter plain text", () => {
    fc.assert(fc.property(anyText(), checkPlainText), { numRuns: RUNS });
  });

  it("read any reply into bounded sections, steps and links", () => {
    fc.assert(
      fc.property(anyText(), (body) => {
        checkReply(body, parseReply(body, REPO_CONTEXT));
      }),
      { numRuns: RUNS },
    );
  });

  it("merge any replies into one with each link once", () => {
    const replies = fc.array(
      anyText().map((body) => parseReply(body, REPO_CONTEXT)),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(replies, (parsed) => {
        const merged = mergeReplies(parsed);
        const urls = new Set(parsed.flatMap((reply) => reply.codeLinks.map((link) => link.url)));
        expect(merged.codeLinks.map((link) => link.url).sort()).toEqual([...urls].sort());
        expect(merged.empty).toBe(parsed.every((reply) => reply.empty));
      }),
      { numRuns: RUNS },
    );
  });

  it("read at most one command from any comment", () => {
    fc.assert(fc.property(fc.oneof(commandText(), anyText()), checkCommand), { numRuns: RUNS });
  });
});

describe("parsers on adversarial inputs of 65,536 characters", () => {
  it.each(SHAPES)("read the expectation document %s", (_name, text) => {
    checkDocument(text, parseExpectations(text));
  });

  it.each(SHAPES)("read the inline Markdown %s", (_name, text) => {
    checkPlainText(text);
  });

  it.each(SHAPES)("read the reply %s", (_name, text) => {
    const reply = parseReply(text, REPO_CONTEXT);
    checkReply(text, reply);
    checkReply(text, mergeReplies([reply, reply]));
  });

  it.each(SHAPES)("read the command %s", (_name, text) => {
    checkCommand(text);
  });
});

describe("an expectation document longer than the parser reads", () => {
  it("is read up to its last line that fits, and says so", () => {
    const goal = (index: number) => `- Goal number ${index}\n`;
    const document = `## Goals\n${Array.from({ length: 5000 }, (_, index) => goal(index)).join("")}`;
    expect(document.length).toBeGreaterThan(MAX_DOCUMENT_CHARS);
    const parsed = parseExpectations(document);
    const goals = parsed.sections.flatMap((section) => section.goals);
    const fits = document.slice(0, MAX_DOCUMENT_CHARS).split("\n").length - 2;
    expect(goals).toHaveLength(fits);
    expect(goals.at(-1)?.text).toBe(`Goal number ${fits - 1}`);
    expect(parsed.problems).toEqual([tooLong(document.length)]);
    expect(tooLong(document.length)).toBe(
      `The expectation document is ${document.length.toLocaleString("en-US")} characters long; only its first 65,536 are read.`,
    );
  });

  it("reads a document of half a million headings without overflowing the stack", () => {
    // Math.min(...levels) threw a RangeError on a document this size.
    const document = "#\n".repeat(500_000);
    const parsed = parseExpectations(document);
    expect(parsed.sections).toHaveLength(MAX_DOCUMENT_CHARS / 2);
    expect(parsed.problems.at(-1)).toBe(tooLong(document.length));
  });

  it("reads a document of exactly the limit whole", () => {
    const document = fill("- Code daily\n", "## Habits\n", "", SIZE);
    expect(document.length).toBe(MAX_DOCUMENT_CHARS);
    expect(parseExpectations(document).problems).toEqual([]);
  });
});
