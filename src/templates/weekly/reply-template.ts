import { SECTIONS } from "../../domain/replies/sections.js";

/**
 * The reply template, generated from SECTIONS so the issue asks for exactly what the reply
 * parser reads. It sits in a fenced ```markdown block because GitHub gives every fenced
 * block a one-click copy button, so the learner takes the whole template in one go, and
 * the e-mail shows it verbatim. Each prompt is an HTML comment: visible in the block, but
 * hidden once the learner posts it, and ignored by the reply parser.
 */
export function replyTemplate(): string[] {
  const sections = SECTIONS.flatMap((section) => [
    "",
    `### ${section.label}`,
    `<!-- ${section.prompt} -->`,
  ]).slice(1);
  return [
    "### Your update",
    "",
    "Copy it into a comment and fill it in.",
    "",
    "```markdown",
    ...sections,
    "```",
  ];
}
