/** The two reviews, and the marker kinds their issue and summary comment carry. */
export const REVIEW_KINDS = ["mid-course", "final"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Marker kind of a review issue. */
export const REVIEW_KIND = "review";
/** Marker kind of the comment that acknowledges a review's ticked checklist. */
export const REVIEW_SUMMARY_KIND = "review-summary";

/** "Mid-course review" or "Final review". */
export function reviewName(kind: ReviewKind): string {
  return kind === "mid-course" ? "Mid-course review" : "Final review";
}
