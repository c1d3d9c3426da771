import type { ExpectationDocument } from "../../domain/expectations/types.js";
import { renderMarker } from "../../domain/marker.js";
import { escapeText } from "../weekly/escape.js";
import { count, number } from "../../domain/words.js";
import type { ChecklistTick } from "./checklist.js";
import type { ReviewKind } from "../../domain/marker.js";

/** What the comment acknowledging a review's checklist needs. */
export interface ChecklistAcknowledgementView {
  review: ReviewKind;
  /** The review's week. */
  week: number;
  /** The expectation document, to name the ticked goals in the learner's words. */
  document: ExpectationDocument;
  /** The review issue's checklist as it now reads (`readChecklist`). */
  ticks: readonly ChecklistTick[];
}

/** The opening and closing sentences for `ticked` of `boxes` goals ticked. */
function words(ticked: number, boxes: number): [string, string?] {
  const total = `${count(boxes, "goal")} only you can judge`;
  const rest =
    "The rest stay on the review issue: tick them whenever they feel true, and I'll update this note.";
  if (boxes === 0)
    return ["This review has nothing to tick: every goal is measured from your work."];
  if (ticked === 0) return [`You haven't ticked any of the ${total} yet.`, rest];
  if (ticked === boxes)
    return [`You marked all ${total} as reached:`, "Well done: that's every one of them."];
  return [`You marked ${number(ticked)} of the ${total} as reached:`, rest];
}

/**
 * The review's summary comment: which goals only the learner can judge they ticked, named in
 * their own words, with the ticked ids in the marker. Boxes of goals no longer in the document
 * are left out of both the count and the list.
 */
export function checklistAcknowledgement(view: ChecklistAcknowledgementView): string {
  const goals = new Map(
    view.document.sections.flatMap((section) => section.goals).map((goal) => [goal.id, goal]),
  );
  const boxes = view.ticks.filter((tick) => goals.has(tick.id));
  const ticked = boxes.filter((tick) => tick.checked);
  const list = ticked.map((tick) => `- ${escapeText(goals.get(tick.id)?.text ?? tick.id)}`);
  const marker = renderMarker({
    kind: "review-summary",
    review: view.review,
    week: view.week,
    checked: ticked.map((tick) => tick.id),
    ticked: view.ticks.filter((tick) => tick.checked).map((tick) => tick.id),
  });
  const [headline, closing] = words(ticked.length, boxes.length);
  return [
    headline,
    ...(list.length > 0 ? ["", ...list] : []),
    ...(closing ? ["", closing] : []),
    "",
    marker,
  ].join("\n");
}
