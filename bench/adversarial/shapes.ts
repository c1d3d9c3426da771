/*
 * Adversarial inputs for Checkpoint's parsers of learner-controlled text: every shape that
 * made a regular expression backtrack, an id probe repeat or a string be rebuilt per match,
 * each exactly SIZE characters (GitHub's limit for an issue or comment body). Deterministic:
 * the same shapes every run, so before and after can be compared.
 */

/** GitHub's largest issue or comment body, in characters. */
export const SIZE = 65_536;

export interface Shape {
  name: string;
  text: string;
}

/** `prefix`, then `unit` repeated, then `suffix`: exactly `size` characters (the repeats cut). */
export function fill(unit: string, prefix = "", suffix = "", size = SIZE): string {
  const room = size - prefix.length - suffix.length;
  return prefix + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + suffix;
}

/** Lines built by `line(i)` for i = 0, 1, … until `size` characters, cut to exactly `size`. */
function lines(line: (index: number) => string, size = SIZE): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const next = line(index);
    parts.push(next);
    length += next.length;
  }
  return parts.join("").slice(0, size);
}

/** A unit repeated `count` times on the left and its mirror on the right, filled to `size`. */
function nested(open: string, close: string, filler = "x"): string {
  const count = Math.floor((SIZE - filler.length) / (open.length + close.length));
  return fill(" ", open.repeat(count) + filler + close.repeat(count));
}

const hex = (value: number, width = 7): string => value.toString(16).padStart(width, "0");
/** A SHA-like string with a digit, unique per index. */
const sha = (index: number): string => `${hex(index * 2654435761 + 1, 8).slice(-7)}${index % 10}`;

const HALF = SIZE / 2;

/** Every adversarial shape, in a fixed order. */
export function adversarialShapes(): Shape[] {
  const shapes: Shape[] = [
    // Padded headings: a heading whose closing `#`s or trailing space is sought at every position.
    { name: "heading padded with spaces", text: fill(" ", "# a", "b") },
    { name: "heading padded with tabs", text: fill(" \t", "## Summary", "x") },
    {
      name: "heading padded before closing hashes",
      text: fill(" ", "# a", `${"#".repeat(HALF)}x`),
    },
    { name: "heading of hashes and spaces", text: fill(" #", "#", "x") },
    { name: "many padded headings", text: lines(() => `## Next steps${" ".repeat(500)}x\n`) },
    { name: "heading of 65,536 hashes", text: fill("#") },
    { name: "many empty headings", text: fill("#\n") },
    // Unclosed emphasis: every opener scans to the end of the line for its closer.
    { name: "unclosed ** runs", text: fill("**a ") },
    { name: "unclosed __ runs", text: fill("__a ") },
    { name: "unclosed * runs", text: fill("*a ") },
    { name: "unclosed _ runs", text: fill(" _a") },
    { name: "unclosed ~~ runs", text: fill("~~a ") },
    { name: "unclosed ** in a goal", text: fill("**a ", "## Goals\n- ") },
    { name: "unclosed _ in a goal", text: fill(" _a", "## Goals\n- ") },
    { name: "unclosed ~~ in a goal", text: fill("~~a ", "## Goals\n- ") },
    // Nested emphasis: each round of unwrapping peels one layer.
    { name: "nested * emphasis", text: nested("*a ", " a*") },
    { name: "nested ** emphasis", text: nested("**a ", " a**") },
    { name: "nested _ emphasis", text: nested("_a ", " a_") },
    { name: "nested ~~ emphasis", text: nested("~~a ", " a~~") },
    { name: "nested mixed emphasis", text: nested("*_~~**a ", " a**~~_*") },
    { name: "run of *", text: fill("*", "", "a") },
    {
      name: "runs of * around a word",
      text: fill(" ", `${"*".repeat(HALF - 1)}a${"*".repeat(HALF - 1)}`),
    },
    { name: "run of _", text: fill("_", " ", "a") },
    { name: "run of ~", text: fill("~", "", "a") },
    // Code spans: an opening run of backticks tried at every length, every position.
    { name: "backtick run then text", text: fill("a", "`".repeat(256)) },
    {
      name: "backtick runs of growing length",
      text: lines((index) => `${"`".repeat(index + 1)}a`),
    },
    { name: "run of backticks", text: fill("`") },
    // Brackets and links.
    { name: "run of [", text: fill("[") },
    { name: "run of ![", text: fill("![") },
    { name: "unclosed link addresses", text: fill("[a](") },
    { name: "empty unclosed links", text: fill("[](") },
    { name: "unclosed autolinks", text: fill("<http:") },
    { name: "link texts", text: fill("[a]") },
    // Repeated bullets: every twin probes the ids its elders took.
    { name: "repeated identical bullets", text: fill("- Code daily\n", "## Habits\n") },
    { name: "repeated one-letter bullets", text: fill("- a\n") },
    { name: "repeated task boxes", text: fill("* [ ] a\n", "## Next steps\n") },
    {
      name: "bullets named like suffixed twins",
      text: lines((index) =>
        index === 0 ? "## Habits\n" : `- Code daily ${index}\n- Code daily\n`,
      ),
    },
    // Deep nesting.
    { name: "deeply indented list", text: lines((index) => `${"  ".repeat(index)}- a\n`) },
    { name: "deeply nested quote", text: fill("> ") },
    { name: "quotes nested line by line", text: lines((index) => `${"> ".repeat(index)}a\n`) },
    { name: "list markers on one line", text: fill("- ") },
    { name: "numbered markers on one line", text: fill("1. ") },
    // Very long lines.
    { name: "one long word", text: fill("a") },
    { name: "one long line of words", text: fill("word ") },
    { name: "long label line", text: fill("x", "Course: ") },
    { name: "long section label", text: fill("a ", "Next steps: ") },
    { name: "one line of spaces", text: fill(" ", "- ", "x") },
    {
      name: "list item padded before a line separator",
      text: fill(" ", "## Next steps\n- ", "x\u2028y"),
    },
    { name: "emphasised labels before a line separator", text: fill("**a**", "", "\u2028") },
    { name: "line separators", text: fill("\u2028") },
    { name: "shortcode colons", text: fill(":a") },
    { name: "colons", text: fill(":") },
    { name: "escapes", text: fill("\\*") },
    { name: "astral letters and underscores", text: fill("𝐀_") },
    { name: "emoji labels", text: fill("🚀 ") },
    // Mixed line endings.
    { name: "mixed line endings", text: fill("- a\r\n## b\r- c\n") },
    { name: "carriage returns", text: fill("\r") },
    { name: "CRLF blank lines", text: fill("\r\n") },
    // Commands.
    { name: "many /checkpoint lines", text: fill("/checkpoint status\n") },
    {
      name: "quoted /checkpoint lines",
      text: fill("> /checkpoint pause\n", "", "/checkpoint skip"),
    },
    { name: "long /checkpoint reason", text: fill(" ", "/checkpoint pause", "x\u2028") },
    { name: "/checkpoint padded with spaces", text: fill(" ", "/checkpoint") },
    // HTML comments and fences.
    { name: "many HTML comments on one line", text: fill("<!---->") },
    { name: "text between HTML comments", text: fill("a<!-- b -->") },
    { name: "unclosed HTML comments", text: fill("<!--") },
    { name: "many code fences", text: fill("```\n") },
    // Links.
    {
      name: "many commit addresses",
      text: lines((index) => `https://github.com/o/r/commit/${sha(index)} `, SIZE),
    },
    { name: "many issue numbers", text: lines((index) => `#${index + 1} `) },
    { name: "many qualified references", text: lines((index) => `o/r#${index + 1} `) },
    { name: "many bare SHAs", text: lines((index) => `${sha(index)} `) },
    {
      name: "many linked pull requests",
      text: lines((index) => `[pr](https://github.com/o/r/pull/${index + 1}) `),
    },
    {
      name: "many links in a Code section",
      text: lines((index) => (index === 0 ? "## Code\n" : `#${index} ${sha(index)}\n`)),
    },
    { name: "address with a long tail", text: fill("a", "https://github.com/o/r/compare/") },
    { name: "repository name without @", text: fill("a", "x/") },
  ];
  for (const shape of shapes) {
    if (shape.text.length !== SIZE)
      throw new Error(`${shape.name}: ${shape.text.length} characters`);
  }
  return shapes;
}

/** A config of `size` characters in one shape; 5 MB ones are what a learner could commit. */
export function configShapes(size: number): Shape[] {
  return [
    { name: "unknown keys", text: lines((index) => `key${index}: ${index}\n`, size) },
    {
      name: "long repository list",
      text: lines((index) => (index === 0 ? "repositories:\n" : `  - owner/repo${index}\n`), size),
    },
    { name: "one long value", text: fill("a", "course:\n  name: ", "\n", size) },
    { name: "comment lines", text: fill("# a comment\n", "", "", size) },
    { name: "nested flow sequences", text: fill("[", "repositories: ", "", size) },
  ];
}

/** YAML that makes a YAML parser work hard: errors by the thousand, nesting, keys, aliases. */
export function yamlShapes(size: number): Shape[] {
  const tower = (step: (depth: number) => string) => lines(step, size);
  return [
    { name: "duplicate keys", text: fill("a: 1\n", "", "", size) },
    { name: "flow mapping of duplicate keys", text: fill("a: 1, ", "{", "", size) },
    { name: "tags on one node", text: fill("!a ", "", "", size) },
    { name: "anchors on one node", text: fill("&a ", "", "", size) },
    { name: "tagged brackets", text: fill("![", "", "", size) },
    { name: "aliases", text: fill("*a ", "a: &a [1, 2]\nb: ", "", size) },
    { name: "tab indentation", text: fill("\ta: b\n", "", "", size) },
    { name: "unclosed quotes across lines", text: fill("a: 'b\n", "", "", size) },
    { name: "unclosed double quotes", text: fill('"a', "", "", size) },
    { name: "compact nested sequences", text: fill("- ", "", "", size) },
    { name: "compact nested keys", text: fill("? ", "", "", size) },
    { name: "compact nested mappings", text: fill("a: ", "", "", size) },
    { name: "nested flow mappings", text: fill("{a: ", "", "", size) },
    { name: "sequences of flow sequences", text: fill("- [", "", "", size) },
    {
      name: "complex keys nested by indentation",
      text: tower((depth) => `${" ".repeat(depth)}?\n`),
    },
    { name: "mappings nested by indentation", text: tower((depth) => `${" ".repeat(depth)}a:\n`) },
    { name: "many documents", text: fill("---\n", "", "", size) },
    { name: "directives", text: fill("%YAML 1.2\n", "", "", size) },
    { name: "block scalar", text: fill(" x\n", "a: |\n", "", size) },
  ];
}
