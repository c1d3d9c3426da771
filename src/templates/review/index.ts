/** The mid-course and final reviews, their checklist, and the weekly issue's goals section. */
export { checklistAcknowledgement } from "./acknowledgement.js";
export { readChecklist } from "./checklist.js";
export { goalsTouchedSection, goalsUnreadableSection, unknownGoalsNote } from "./goals-touched.js";
export type { RecordedSteps } from "./next-steps.js";
export { reviewIssue, type ReviewView } from "./review-issue.js";
