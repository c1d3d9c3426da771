import type { ReviewKind } from "../../domain/marker.js";

/** "Mid-course review" or "Final review". */
export function reviewName(kind: ReviewKind): string {
  return kind === "mid-course" ? "Mid-course review" : "Final review";
}
