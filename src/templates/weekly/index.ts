/** The weekly-update issue and the checkpoint summary that closes a week. */
export { weeklyIssue, type WeeklyIssueView } from "./weekly-issue.js";
export { weekSummaryComment, summaryLine } from "./week-summary.js";
export { figuresFromMarker, figuresOf, type WeeklyFigures } from "../../domain/figures.js";
