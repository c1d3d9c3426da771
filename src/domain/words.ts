/** Small English helpers shared by the weekly templates, so every count reads the same way. */

/** "commit" for 1, "commits" for any other number; `plural` defaults to the singular plus "s". */
export function noun(value: number, singular: string, plural = `${singular}s`): string {
  return value === 1 ? singular : plural;
}

/** "1 commit", "2 commits", "0 commits". */
export function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${number(value)} ${noun(value, singular, plural)}`;
}

/** A whole number with thousands separators, fixed to English: "1,400". */
export function number(value: number): string {
  return value.toLocaleString("en-US");
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "a", "a or b", "a, b or c". */
export function eitherOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * New test cases, "at least 3" when some diffs could not be read; `link` may wrap the
 * number alone in a link.
 */
export function casesFigure(
  cases: number,
  complete: boolean,
  link: (figure: string) => string = (figure) => figure,
): string {
  const figure = link(number(cases));
  return complete ? figure : `at least ${figure}`;
}
