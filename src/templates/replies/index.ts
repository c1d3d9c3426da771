/** What Checkpoint writes in answer to the learner: reply summaries, reminders, command answers, the pause issue. */
export { replySummaryComment, type ReplySummaryView } from "./reply-summary.js";
export {
  readReplySummaryMarker,
  REPLY_SUMMARY_KIND,
  type ReplySummaryMarker,
} from "./reply-summary-marker.js";
export { reminderComment, REMINDER_KIND, type ReminderView } from "./reminder.js";
export { answeredComment, COMMAND_REPLY_KIND, type AnsweredCommand } from "./command-marker.js";
export { helpComment, unknownCommandComment } from "./help.js";
export {
  notPermittedComment,
  pausedComment,
  resumedComment,
  skippedComment,
  type NextIssue,
} from "./command-replies.js";
export { statusComment, type StatusView, type WeekProgress } from "./status.js";
export { pausedIssue, PAUSED_TITLE, type PausedView } from "./paused-issue.js";
