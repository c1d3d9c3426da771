/** Reading a rendered body back in tests, the way a person looking at it would. */

/** The body with every `[text][ref-n]` written inline as `[text](url)`, definitions removed. */
export function inline(body: string): string {
  const urls = new Map<string, string>();
  const text = body.replace(/^\[(ref-\d+)\]: (\S+)\n/gm, (_, label: string, url: string) => {
    urls.set(label, url);
    return "";
  });
  return text.replace(/\]\[(ref-\d+)\]/g, (whole, label: string) => {
    const url = urls.get(label);
    if (url === undefined) throw new Error(`no definition for ${label}`);
    return `](${url})`;
  });
}

/**
 * The parts of the figures list item labelled `label`, split on " · ": the label's figure
 * (and its files), then "target …" and "last week …" where shown.
 */
export function item(body: string, label: string): string[] {
  const prefix = `- **${label}** `;
  const line = body.split("\n").find((candidate) => candidate.startsWith(prefix));
  if (line === undefined) throw new Error(`no item "${label}"`);
  return line.slice(prefix.length).split(" · ");
}

/** The lines under `### heading`, up to the next heading outside a code block. */
export function section(body: string, heading: string): string[] {
  const lines = body.split("\n");
  const start = lines.indexOf(`### ${heading}`);
  if (start < 0) return [];
  let inCode = false;
  const kept: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("```")) inCode = !inCode;
    if (!inCode && line.startsWith("### ")) break;
    kept.push(line);
  }
  return kept.filter((line) => line !== "");
}
