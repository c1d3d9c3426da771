/**
 * `npm run render`: writes every kind of text Checkpoint posts, for realistic fixtures, to
 * `render/` as Markdown and as HTML (GitHub-flavoured Markdown, GitHub-like width), so whoever
 * changes a template can read it at phone width in a browser before it ships.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { TEXTS } from "./texts.js";

const OUT = process.argv[2] ?? "render";

/** A page with GitHub's reading width (phone at 390 px via the viewport). */
function page(title: string, markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font: 16px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1012px; margin: 0 auto; padding: 16px; color: #1f2328; }
table { border-collapse: collapse; display: block; overflow: auto; }
td, th { border: 1px solid #d1d9e0; padding: 6px 13px; }
pre, code { background: #f6f8fa; border-radius: 6px; font-size: 85%; }
pre { padding: 16px; overflow: auto; }
details { margin: 8px 0; }
</style></head>
<body><h1>${title}</h1>
${body}</body></html>
`;
}

mkdirSync(OUT, { recursive: true });
const index: string[] = [];
for (const [name, text] of Object.entries(TEXTS)) {
  const markdown = text.title === undefined ? text.body : `# ${text.title}\n\n${text.body}`;
  writeFileSync(join(OUT, `${name}.md`), `${markdown}\n`);
  writeFileSync(join(OUT, `${name}.html`), page(text.title ?? name, text.body));
  index.push(`<li><a href="${name}.html">${name}</a></li>`);
}
writeFileSync(join(OUT, "index.html"), `<!doctype html><ul>${index.join("")}</ul>\n`);
console.log(`wrote ${Object.keys(TEXTS).length} texts to ${OUT}/ (open ${OUT}/index.html)`);
