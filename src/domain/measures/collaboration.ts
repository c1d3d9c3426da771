import type { PullRequest, Review } from "../activity.js";
import {
  pullEvidence,
  reviewEvidence,
  type PullEvidence,
  type ReviewEvidence,
} from "./evidence.js";
import { byInstant, isWithin, type MeasureWindow } from "./window.js";

/** The learner's pull requests and reviews in the window. */
export interface CollaborationMeasures {
  /** Pull requests the learner opened in the window (createdAt inside it). */
  pullsOpened: PullEvidence[];
  /** The learner's pull requests merged in the window (mergedAt inside it), whenever opened. */
  pullsMerged: PullEvidence[];
  /** Reviews the learner submitted in the window (submittedAt inside it). */
  reviewsGiven: ReviewEvidence[];
}

/** Pull requests opened and merged, and reviews given, within the window, oldest first. */
export function measureCollaboration(params: {
  pulls: readonly PullRequest[];
  reviews: readonly Review[];
  window: MeasureWindow;
}): CollaborationMeasures {
  const { pulls, reviews, window } = params;
  const at = (pull: PullEvidence) => pull.at;
  const opened = pulls
    .filter((pull) => isWithin(pull.createdAt, window.interval))
    .map((pull) => pullEvidence(pull, pull.createdAt));
  const merged = pulls.flatMap((pull) =>
    pull.mergedAt !== undefined && isWithin(pull.mergedAt, window.interval)
      ? [pullEvidence(pull, pull.mergedAt)]
      : [],
  );
  return {
    pullsOpened: opened.sort(byInstant(at)),
    pullsMerged: merged.sort(byInstant(at)),
    reviewsGiven: reviews
      .filter((review) => isWithin(review.submittedAt, window.interval))
      .map(reviewEvidence)
      .sort(byInstant((review) => review.submittedAt)),
  };
}
