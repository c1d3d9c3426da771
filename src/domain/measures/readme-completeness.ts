import type { ReadmeLineEvidence } from "./evidence.js";

/** One thing a README should tell a newcomer, and the lines where it does. */
interface ReadmeAspect {
  present: boolean;
  /** Every line that shows it, in README order; empty when `present` is false. */
  lines: ReadmeLineEvidence[];
}

/** Whether the README at HEAD says how to set up, run and test the project. */
export interface ReadmeCompleteness {
  /** README path at HEAD; absent when the repository has no README (then no aspect is present). */
  path?: string;
  setup: ReadmeAspect;
  run: ReadmeAspect;
  test: ReadmeAspect;
}

export type ReadmeAspectName = "setup" | "run" | "test";

interface AspectRule {
  /** Words and commands that show the aspect on any line, code blocks included. */
  anywhere: RegExp[];
  /** Words that show it only in a heading, where they name a section about it. */
  headings: RegExp[];
}

/**
 * The rules, stated for the learner: a heading or a command both count; a badge, an image or
 * a line that is only a link never does (a `requirements.svg` badge says nothing about how to
 * install), and the addresses in links are not read.
 * Setup: install (pip/npm install, Installation), requirements, virtualenv/venv, clone,
 * npm ci; headings "Setup"/"Set up", "Getting started", "Prerequisites".
 * Run: runserver, npm/yarn/pnpm start|dev|serve, docker compose … up, docker run, flask run,
 * uvicorn, gunicorn; headings "Run"/"Running" (not "Running tests"), "Usage", "How to use".
 * Test: pytest, manage.py test, npm/yarn/pnpm test, unittest, npx jest|vitest, make test;
 * headings "Test", "Tests", "Testing".
 */
const RULES: Readonly<Record<ReadmeAspectName, AspectRule>> = {
  setup: {
    anywhere: [
      /\binstall/i,
      /\brequirements\b/i,
      /\b(?:virtualenv|venv)\b/i,
      /\bclone\b/i,
      /\bnpm\s+ci\b/i,
    ],
    headings: [/\bset[- ]?up\b/i, /\bgetting started\b/i, /\bprerequisites\b/i],
  },
  run: {
    anywhere: [
      /\brunserver\b/i,
      /\b(?:npm|yarn|pnpm)\s+(?:run\s+)?(?:start|dev|serve)\b/i,
      /\bdocker[- ]compose\b.*\bup\b/i,
      /\b(?:docker|flask)\s+run\b/i,
      /\b(?:uvicorn|gunicorn)\b/i,
    ],
    headings: [
      /\b(?:run|running)\b(?!\s+(?:the\s+)?(?:unit\s+)?tests?\b)/i,
      /\b(?:usage|how to use)\b/i,
    ],
  },
  test: {
    anywhere: [
      /\bpytest\b/i,
      /\bmanage\.py\s+test\b/i,
      /\b(?:npm|yarn|pnpm)\s+(?:run\s+)?test\b/i,
      /\bunittest\b/i,
      /\bnpx\s+(?:jest|vitest)\b/i,
      /\bmake\s+test\b/i,
    ],
    headings: [/\btest(?:s|ing)?\b/i],
  },
};

const FENCE = /^\s*(?:```|~~~)/;
const ATX_HEADING = /^ {0,3}#{1,6}\s+\S/;
const HTML_HEADING = /^\s*<h[1-6]\b/i;
const BOLD_LINE = /^\s*(?:\*\*[^*]+\*\*|__[^_]+__):?\s*$/;
/** A Markdown setext or reStructuredText underline beneath a title. */
const UNDERLINE = /^\s*([=\-~^*+#])\1{2,}\s*$/;

/** Badges and images: Markdown, reStructuredText (with their options) and HTML. */
const PICTURE =
  /^\s*(?:\[?!\[|\.\.\s+(?:\|[^|]*\|\s+)?image::|\.\.\s+figure::|:(?:target|alt|width|height|align|scale):|<(?:img|picture)\b|<a\b[^>]*>\s*<img\b)/i;
/** A line that is nothing but links (a list of them included), Markdown or HTML. */
const ONLY_LINKS = /^\s*(?:[-*+]\s+)?(?:(?:\[[^\]]*\]\([^)]*\)|<a\b[^>]*>[^<]*<\/a>)[\s,|·•-]*)+$/i;

/** A line as the rules read it: nothing from pictures or lone links, and no link addresses. */
function readable(line: string): string {
  if (PICTURE.test(line) || ONLY_LINKS.test(line)) return "";
  return line
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]*>/g, " ")
    .replace(/\bhttps?:\/\/\S+/gi, " ");
}

/** Which lines are headings; a `#` comment inside a fenced code block is not one. */
function headingLines(lines: readonly string[]): boolean[] {
  let inFence = false;
  return lines.map((line, index) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return false;
    }
    if (inFence) return false;
    const underlined =
      line.trim() !== "" && !UNDERLINE.test(line) && UNDERLINE.test(lines[index + 1] ?? "");
    return underlined || ATX_HEADING.test(line) || HTML_HEADING.test(line) || BOLD_LINE.test(line);
  });
}

/** Reads a README's text for the three aspects, citing each line that shows one. */
export function readmeCompleteness(params: {
  repo: string;
  path?: string;
  text?: string;
}): ReadmeCompleteness {
  const { repo, text } = params;
  if (text === undefined) {
    const absent = (): ReadmeAspect => ({ present: false, lines: [] });
    return { setup: absent(), run: absent(), test: absent() };
  }
  const path = params.path ?? "README";
  const lines = text.split(/\r?\n/);
  const isHeading = headingLines(lines);
  const read = lines.map(readable);
  const aspect = (rule: AspectRule): ReadmeAspect => {
    const found = lines.flatMap((line, index): ReadmeLineEvidence[] => {
      const words = read[index] ?? "";
      const shows =
        rule.anywhere.some((pattern) => pattern.test(words)) ||
        (isHeading[index] === true && rule.headings.some((pattern) => pattern.test(words)));
      return shows ? [{ kind: "readme-line", repo, path, line: index + 1, text: line.trim() }] : [];
    });
    return { present: found.length > 0, lines: found };
  };
  return { path, setup: aspect(RULES.setup), run: aspect(RULES.run), test: aspect(RULES.test) };
}
