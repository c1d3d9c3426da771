import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/domain/commands/parse-command.js";
import { claimId } from "../../../src/domain/expectations/goal-id.js";
import {
  MAX_EMPHASIS_ROUNDS,
  isSpaceCode,
  plainText,
} from "../../../src/domain/expectations/inline.js";
import { classifyLine } from "../../../src/domain/expectations/lines.js";
import { findCodeLinks, type RepoContext } from "../../../src/domain/replies/code-links.js";
import { parseLabelLine } from "../../../src/domain/replies/label-line.js";
import { mergeReplies } from "../../../src/domain/replies/merge-replies.js";
import { nextStepItems } from "../../../src/domain/replies/next-steps.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { splitSections } from "../../../src/domain/replies/split-sections.js";
import { visibleLines } from "../../../src/domain/replies/visible-lines.js";
import { RUNS, commandText, markdownLine, markdownText } from "./arbitraries.js";
import { parseCommand as oldParseCommand } from "./oracle/parse-command.js";
import { claimId as oldClaimId } from "./oracle/goal-id.js";
import { plainText as oldPlainText } from "./oracle/inline.js";
import { classifyLine as oldClassifyLine } from "./oracle/lines.js";
import { findCodeLinks as oldFindCodeLinks } from "./oracle/code-links.js";
import { parseLabelLine as oldParseLabelLine } from "./oracle/label-line.js";
import { mergeReplies as oldMergeReplies } from "./oracle/merge-replies.js";
import { nextStepItems as oldNextStepItems } from "./oracle/next-steps.js";
import { visibleLines as oldVisibleLines } from "./oracle/visible-lines.js";

/*
 * The linear parsers against the regular expressions they replace (./oracle/, the code as it
 * was): on small inputs, where backtracking is cheap, both must give exactly the same answer.
 */

/** Text made of the characters a parser reacts to, densely: the corners random text misses. */
const dense = (pieces: string[], maxLength = 30): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(""));

const INLINE = ["*", "**", "_", "__", "~", "~~", "`", "``", " ", "a", "b", "é", "𝐀", "1", "\n"];
const INLINE_MORE = [...INLINE, "[", "]", "(", ")", "!", "<", ">", "http:", "https:", "mailto:"];
const INLINE_ODD = [...INLINE_MORE, "\\", "\\*", "\\\\", "\u2028", "\u00a0", "\t", "\ue02a", "_a_"];
const HEADINGS = ["#", "##", "#######", " ", "   ", "\t", "a", "C#", "Summary", "\u2028", "-", "*"];
const LABELS = [...HEADINGS, "**", "__", "_", ":", "Next steps", "Done", ":rocket:", "🚀", "1. "];
const ITEMS = [
  "-",
  "*",
  "+",
  "1.",
  "2)",
  "1234567890.",
  " ",
  "\t",
  "\u2028",
  "\u00a0",
  "[ ]",
  "[x]",
];
const COMMENTS = ["<", "!", "-", ">", "<!--", "-->", "a", " ", "\n", "\r\n", "```", "~~~", "> "];
const LINKS = [
  "[",
  "]",
  "(",
  ")",
  " ",
  "a",
  "#1",
  "#12",
  "o/r",
  "O/R",
  "@",
  "/",
  ".",
  "-",
  "`",
  "abc1234",
  "abc12345",
  "ABC1234d",
  "deadbee1",
  "https://github.com/o/r/commit/abc1234",
  "https://github.com/O/r/commit/abc12345f",
  "https://github.com/o/r/pull/7",
  "https://github.com/o/r/pull/7/commits/abc1234",
  "https://github.com/o/r/issues/7",
  "https://github.com/o/r/compare/a...b",
  "https://www.github.com/o/r/pull/8",
  "https://ghe.example.com/x/y/pull/3",
  "o/r#7",
  "o/r@abc1234",
  "o/r@ABC12345",
  "\n",
  "## Code\n",
  "## Summary\n",
  "Next steps: ",
];

const contexts = fc.constantFrom<RepoContext>(
  { owner: "o", repo: "r" },
  { owner: "O", repo: "R", serverUrl: "https://github.com/" },
  { owner: "x", repo: "y", serverUrl: "https://ghe.example.com" },
);

const anyString = fc.string({ unit: "binary", maxLength: 40 });

/** Asserts `property` for every input of every arbitrary. */
function forAll(arbitraries: fc.Arbitrary<string>[], property: (text: string) => void): void {
  for (const arbitrary of arbitraries) {
    fc.assert(fc.property(arbitrary, property), { numRuns: RUNS * 3 });
  }
}

describe("the expectation document parser agrees with its regular expressions", () => {
  it("reads inline Markdown the same way", () => {
    forAll(
      [dense(INLINE), dense(INLINE_MORE), dense(INLINE_ODD), markdownLine(16), anyString],
      (text) => {
        expect(plainText(text)).toBe(oldPlainText(text));
      },
    );
  });

  it("takes for whitespace exactly what \\s matches", () => {
    const codes = Array.from({ length: 0x10000 }, (_, code) => code);
    const differing = codes.filter(
      (code) => isSpaceCode(code) !== /\s/.test(String.fromCharCode(code)),
    );
    expect(differing).toEqual([]);
  });

  it("classifies every line the same way", () => {
    forAll([dense(HEADINGS, 12), dense(ITEMS, 10), markdownLine(10), anyString], (line) => {
      expect(classifyLine(line)).toEqual(oldClassifyLine(line));
    });
  });

  it("claims the same ids, whatever was taken before", () => {
    const claims = fc.tuple(
      fc.array(fc.constantFrom("a", "a-2", "a-3", "a-2-2", "b", "b-2"), { maxLength: 6 }),
      fc.array(fc.constantFrom("a", "a-2", "a-3", "a-2-2", "b", "b-2"), { maxLength: 30 }),
    );
    fc.assert(
      fc.property(claims, ([before, ids]) => {
        const taken = new Set(before);
        const oldTaken = new Set(before);
        expect(ids.map((id) => claimId(id, taken))).toEqual(
          ids.map((id) => oldClaimId(id, oldTaken)),
        );
        expect(taken).toEqual(oldTaken);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("unwraps emphasis nested up to MAX_EMPHASIS_ROUNDS deep, and keeps delimiters beyond", () => {
    const nested = (depth: number) => `${"*a ".repeat(depth)}x${" a*".repeat(depth)}`;
    // Each round peels one layer of emphasis nested in emphasis of its kind.
    for (let depth = 0; depth <= MAX_EMPHASIS_ROUNDS; depth += 1) {
      expect(plainText(nested(depth))).toBe(oldPlainText(nested(depth)));
    }
    const rounds = MAX_EMPHASIS_ROUNDS;
    expect(oldPlainText(nested(rounds + 2))).toBe(
      `${"a ".repeat(rounds + 2)}x${" a".repeat(rounds + 2)}`,
    );
    expect(plainText(nested(rounds + 2))).toBe(
      `${"a ".repeat(rounds)}*a *a x${" a".repeat(rounds)} a* a*`,
    );
  });
});

describe("the reply parser agrees with its regular expressions", () => {
  it("sets quotes, fences and HTML comments aside the same way", () => {
    forAll([dense(COMMENTS), markdownText(8, 10), anyString], (body) => {
      expect(visibleLines(body)).toEqual(oldVisibleLines(body));
    });
  });

  it("reads section labels the same way", () => {
    forAll([dense(HEADINGS, 12), dense(LABELS, 12), markdownLine(12), anyString], (line) => {
      expect(parseLabelLine(line)).toEqual(oldParseLabelLine(line));
    });
  });

  it("reads next steps the same way", () => {
    forAll([dense(ITEMS, 12), dense(LABELS, 12), markdownText(6, 10), anyString], (text) => {
      const lines = oldVisibleLines(text);
      expect(nextStepItems(lines)).toEqual(oldNextStepItems(lines));
    });
  });

  it("finds the same code links, each once", () => {
    for (const arbitrary of [dense(LINKS, 25), markdownText(8, 10)]) {
      fc.assert(
        fc.property(arbitrary, contexts, fc.boolean(), (body, context, allCode) => {
          const lines = visibleLines(body);
          const sections = allCode ? { code: lines } : splitSections(lines);
          expect(findCodeLinks(sections, context)).toEqual(oldFindCodeLinks(sections, context));
        }),
        { numRuns: RUNS * 3 },
      );
    }
  });

  it("merges replies the same way", () => {
    const reply = dense(LINKS, 12).map((body) => parseReply(body, { owner: "o", repo: "r" }));
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 4 }), (replies) => {
        expect(mergeReplies(replies)).toEqual(oldMergeReplies(replies));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the command parser agrees with its regular expressions", () => {
  it("reads the same command", () => {
    forAll([commandText(), dense(COMMENTS), anyString], (body) => {
      expect(parseCommand(body)).toEqual(oldParseCommand(body));
    });
  });
});
