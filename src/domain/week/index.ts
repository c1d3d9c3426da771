/** The course calendar: week windows, posting instants, titles and review milestones. */
export type { CourseCalendar } from "./calendar.js";
export { calendarFromConfig } from "./calendar.js";
export type { WeekWindow } from "./window.js";
export { latestCompletedWeek, localDaysOf, weekNumbered } from "./window.js";
export { postingLabel, weekLabel, weekTitle } from "./label.js";
export { courseMilestones, isFinalDue, isMidpointDue } from "./milestones.js";
export { localDay } from "./time.js";
export { nextIssue, type NextIssue } from "./next-issue.js";
