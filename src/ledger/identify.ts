import { isKind, readMarker, type IssueMarker } from "../domain/marker.js";

const WEEKLY_TITLE = /^\s*Week\s+(\d{1,4})\b/;
const CONSENT_TITLE = /^\s*Checkpoint is waiting for (\S+) to confirm/;
const REVIEW_TITLE = /^\s*(Mid-course|Final) review\s*·\s*Week\s+(\d{1,4})\b/;
/** Titles Checkpoint gives its one-of-a-kind issues, as their templates write them. */
const FIXED_TITLES: [prefix: string, marker: IssueMarker][] = [
  ["Welcome to Checkpoint", { kind: "welcome" }],
  ["Checkpoint is paused", { kind: "paused" }],
  ["Checkpoint can't read", { kind: "config-problems", problems: [] }],
];

/**
 * What one of Checkpoint's own issues is, from its marker and its title. A learner may edit
 * both: the title decides a week's number (a marker whose week disagrees is overruled), and
 * an issue whose marker was removed or mangled is still known by its title, so no week is
 * ever opened twice or dropped. Undefined for an issue that is neither.
 */
export function identifyIssue(issue: { title: string; body: string }): IssueMarker | undefined {
  const marker = readMarker(issue.body);
  const weekly = WEEKLY_TITLE.exec(issue.title);
  const review = REVIEW_TITLE.exec(issue.title);
  if (isKind(marker, "weekly")) return weekly ? { ...marker, week: Number(weekly[1]) } : marker;
  if (isKind(marker, "review")) return review ? { ...marker, ...reviewOf(review) } : marker;
  if (
    isKind(marker, "paused") ||
    isKind(marker, "welcome") ||
    isKind(marker, "config-problems") ||
    isKind(marker, "consent")
  ) {
    return marker;
  }
  const consent = CONSENT_TITLE.exec(issue.title);
  if (consent) return { kind: "consent", login: consent[1] as string };
  if (weekly) return { kind: "weekly", week: Number(weekly[1]) };
  if (review) return { kind: "review", ...reviewOf(review) };
  return FIXED_TITLES.find(([prefix]) => issue.title.trim().startsWith(prefix))?.[1];
}

function reviewOf(match: RegExpExecArray): { review: "mid-course" | "final"; week: number } {
  return { review: match[1] === "Final" ? "final" : "mid-course", week: Number(match[2]) };
}
