/** What Checkpoint writes in answer to the learner: reply summaries, reminders, command answers, the pause issue. */
export { replySummaryComment, type ReplySummaryView } from "./reply-summary.js";
export { reminderComment } from "./reminder.js";
export { helpComment, unknownCommandComment } from "./help.js";
export {
  notPermittedComment,
  pausedComment,
  resumedComment,
  nothingToSkipComment,
  skippedComment,
  skipNoteComment,
} from "./command-replies.js";
export { statusComment, type StatusView, type WeekProgress } from "./status.js";
export { pausedIssue } from "./paused-issue.js";
