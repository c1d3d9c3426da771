/** The weekly-update issue and the checkpoint summary that closes a week. */
export { weeklyIssue, type WeeklyIssueView } from "./weekly-issue.js";
export { weekSummaryComment, summaryLine } from "./week-summary.js";
export type { WeekSummaryView } from "./week-summary.js";
export {
  figuresFromMarker,
  figuresOf,
  weeklyFiguresSchema,
  type WeeklyFigures,
} from "../../domain/figures.js";
