import { findCodeLinks, type CodeLink, type RepoContext } from "./code-links.js";
import { nextStepItems } from "./next-steps.js";
import { SECTION_KEYS, type SectionKey } from "./sections.js";
import { sectionMarkdown, splitSections } from "./split-sections.js";
import { visibleLines } from "./visible-lines.js";

/** What a learner's reply to the weekly issue says, section by section. */
export interface ParsedReply {
  /** Each section the reply wrote, as trimmed Markdown; sections left empty are absent. */
  sections: Partial<Record<SectionKey, string>>;
  /** Sections the reply did not write, in template order. */
  missing: SectionKey[];
  /** The Next steps section as one item per bullet, numbered line or line of prose. */
  nextSteps: string[];
  /** Commits, pull requests, issues and compare ranges the reply points at. */
  codeLinks: CodeLink[];
  /** Nothing to read once quotes and HTML comments are set aside. */
  empty: boolean;
}

/**
 * Reads a reply to the weekly-update issue into the template's sections, however it was
 * written: headings of any level, bold labels, `Label: text` lines, synonyms, emoji, any
 * order, or no labels at all (then it is all summary). Quoted lines and HTML comments are
 * not the learner's words and are ignored.
 */
export function parseReply(body: string, repoContext: RepoContext): ParsedReply {
  const lines = splitSections(visibleLines(body));
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const key of SECTION_KEYS) {
    const markdown = sectionMarkdown(lines[key] ?? []);
    if (markdown !== "") sections[key] = markdown;
  }
  const missing = SECTION_KEYS.filter((key) => sections[key] === undefined);
  return {
    sections,
    missing,
    nextSteps: sections.nextSteps === undefined ? [] : nextStepItems(lines.nextSteps ?? []),
    codeLinks: findCodeLinks(lines, repoContext),
    empty: missing.length === SECTION_KEYS.length,
  };
}
