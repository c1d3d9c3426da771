/** The mid-course and final reviews, their checklist, and the weekly issue's goals section. */
export { checklistAcknowledgement, type ChecklistAcknowledgementView } from "./acknowledgement.js";
export { statusBadge } from "./badges.js";
export { readChecklist, type ChecklistTick } from "./checklist.js";
export { goalsTouchedSection, goalsUnreadableSection, unknownGoalsNote } from "./goals-touched.js";
export { reviewName } from "./kinds.js";
export type { RecordedSteps } from "./next-steps.js";
export { reviewIssue, type ReviewView } from "./review-issue.js";
