import { REVIEW_KIND, type ReviewKind } from "../../domain/schedule/plan.js";

/** The two reviews, and the marker kinds their issue and summary comment carry. */
export const REVIEW_KINDS = ["mid-course", "final"] as const satisfies readonly ReviewKind[];
export { REVIEW_KIND, type ReviewKind };
/** Marker kind of the comment that acknowledges a review's ticked checklist. */
export const REVIEW_SUMMARY_KIND = "review-summary";

/** "Mid-course review" or "Final review". */
export function reviewName(kind: ReviewKind): string {
  return kind === "mid-course" ? "Mid-course review" : "Final review";
}
