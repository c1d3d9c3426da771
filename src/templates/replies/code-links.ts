import type { CodeLink } from "../../domain/replies/code-links.js";
import { escapeText } from "../weekly/escape.js";
import type { LinkBook } from "../weekly/links.js";
import { count, listOf, number } from "../../domain/words.js";

/** How many links the summary names before it says "and N more". */
const LINKS_NAMED = 3;

/** "django-blog `9f3c2a1`", "django-blog #7", "task-api `main...auth`": short, and never a mention. */
function linkText(link: CodeLink): string {
  const name = escapeText(link.repo.slice(link.repo.indexOf("/") + 1));
  switch (link.kind) {
    case "commit":
      return `${name} \`${link.ref.slice(0, 7)}\``;
    case "compare":
      return `${name} \`${link.ref}\``;
    default:
      // escapeText keeps "#7" from pointing at issue 7 of the repository the comment is in.
      return `${name} ${escapeText(`#${link.ref}`)}`;
  }
}

/**
 * The work a reply points at: "2 links: [django-blog `9f3c2a1`][ref-1] and
 * [django-blog #7][ref-2]", the first `LINKS_NAMED` named, the rest counted.
 */
export function codeLinksText(links: readonly CodeLink[], book: LinkBook): string {
  const named = links.slice(0, LINKS_NAMED).map((link) => book.to(linkText(link), link.url));
  const rest = links.length - named.length;
  const items = rest > 0 ? [...named, `${number(rest)} more`] : named;
  return `${count(links.length, "link")}: ${listOf(items)}`;
}
