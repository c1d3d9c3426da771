import { marked } from "marked";

/**
 * The words a reader sees in a rendered body, as a budget counts them: text outside
 * `<details>`, fenced code blocks and HTML comments, rendered as GitHub-flavoured Markdown
 * (so link addresses and Markdown syntax are not words). A word is a run of non-space
 * characters holding a letter or a digit.
 */
export function visibleWords(markdown: string): string[] {
  const shown = markdown
    .replace(/<details>[\s\S]*?<\/details>/g, "")
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  const html = marked.parse(shown, { gfm: true, async: false });
  const text = html.replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/gi, "'");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
