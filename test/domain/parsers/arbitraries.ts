import fc from "fast-check";

/*
 * Inputs for the parsers' property tests: Markdown-ish text built from the pieces the parsers
 * react to (headings, list markers, emphasis delimiters, backticks, brackets, links, labels,
 * comments, commands, odd whitespace and line endings), so random inputs hit their branches
 * far more often than random characters would.
 */

const PIECES = [
  // Structure.
  "#",
  "##",
  "###",
  "####### ",
  "# ",
  "## ",
  " ",
  "  ",
  "   ",
  "    ",
  "\t",
  "-",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "2) ",
  "10. ",
  "---",
  "* * *",
  "===",
  "> ",
  ">",
  "[ ] ",
  "[x] ",
  // Emphasis and code.
  "*",
  "**",
  "***",
  "_",
  "__",
  "~",
  "~~",
  "`",
  "``",
  "```",
  "~~~",
  "\\",
  "\\*",
  "\\_",
  // Links and references.
  "[",
  "]",
  "(",
  ")",
  "!",
  "<",
  ">",
  "[a](b)",
  "![img](x.png)",
  "<https://example.com>",
  "<mailto:a@b.c>",
  "https://github.com/o/r/commit/9f3c2a1b7e4d",
  "https://github.com/o/r/pull/7",
  "https://github.com/o/r/pull/7/commits/abc1234",
  "https://github.com/o/r/issues/3",
  "https://github.com/o/r/compare/main...dev",
  "o/r@abc1234",
  "o/r#12",
  "#7",
  "abc1234",
  "ABCDEF0",
  "deadbeef",
  "@",
  "/",
  ".",
  ",",
  // Words, labels and metadata.
  "a",
  "x",
  "word",
  "Code daily",
  "Write tests",
  "Django ORM",
  "Goals",
  "Skills",
  "Summary",
  "Code",
  "Challenges",
  "What stuck",
  "Next steps",
  "Next week",
  "this week",
  ":",
  ": ",
  "Course",
  "Cohort",
  "Learner",
  "Started",
  "Start date: ",
  "September 30 2025",
  "2025-09-30",
  "05/09/2025",
  '"',
  "“",
  "’",
  "2025",
  "3",
  "12",
  "é",
  "𝐀",
  "🚀",
  ":rocket:",
  "\u200d",
  // Comments, commands, odd whitespace.
  "<!--",
  "-->",
  "<!-- hint -->",
  "/checkpoint",
  "/checkpoint ",
  "/CHECKPOINT",
  "status",
  "pause",
  "skip",
  "resume",
  "help",
  "?",
  "\u2028",
  "\u2029",
  "\u00a0",
  "\ufeff",
  "\r",
];

const LINE_ENDINGS = ["\n", "\n", "\n", "\r\n", "\r"];

// How lines start: most of what a parser decides, it decides from the start of a line.
const LINE_STARTS = [
  "",
  "",
  "",
  "# ",
  "## ",
  "### ",
  "- ",
  "* ",
  "1. ",
  "  - ",
  "- [ ] ",
  "> ",
  "```",
  "**",
  "/checkpoint ",
  "   /checkpoint",
  "Summary: ",
  "## Next steps",
  "## Code",
];

/** One line of Markdown-ish text, without its ending. */
export const markdownLine = (maxPieces = 12): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...LINE_STARTS),
      fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }),
    )
    .map(([start, pieces]) => start + pieces.join(""));

/** A few lines of Markdown-ish text with mixed line endings. */
export const markdownText = (maxLines = 16, maxPieces = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(markdownLine(maxPieces), fc.constantFrom(...LINE_ENDINGS)), {
      maxLength: maxLines,
    })
    .map((lines) => lines.map(([line, ending]) => line + ending).join(""));

const COMMAND_STARTS = [
  "/checkpoint ",
  "/checkpoint",
  "/CHECKPOINT ",
  "  /checkpoint\t",
  "> /checkpoint ",
];

/** A comment that may hold a command: often a line starting with `/checkpoint`. */
export const commandText = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          markdownLine(6),
          fc
            .tuple(fc.constantFrom(...COMMAND_STARTS), markdownLine(6))
            .map(([start, rest]) => start + rest),
        ),
        fc.constantFrom(...LINE_ENDINGS),
      ),
      { maxLength: 6 },
    )
    .map((lines) => lines.map(([line, ending]) => line + ending).join(""));

/** Any text at all: Markdown-ish most of the time, arbitrary code points otherwise. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: markdownText(), weight: 4 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
  );

/** How many times the property tests run each property. */
export const RUNS = 300;
