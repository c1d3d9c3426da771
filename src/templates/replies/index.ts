/** What Checkpoint writes in answer to the learner: reply summaries, reminders, command answers, the pause issue. */
export { replySummaryComment, type ReplySummaryView } from "./reply-summary.js";
export { reminderComment, type ReminderView } from "./reminder.js";
export type { AnsweredCommand } from "./command-marker.js";
export { helpComment, unknownCommandComment } from "./help.js";
export {
  notPermittedComment,
  pausedComment,
  resumedComment,
  nothingToSkipComment,
  skippedComment,
  skipNoteComment,
  type NextIssue,
} from "./command-replies.js";
export { statusComment, type StatusView, type WeekProgress } from "./status.js";
export { pausedIssue, PAUSED_TITLE, type PausedView } from "./paused-issue.js";
