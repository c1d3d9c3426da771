import type { CourseCalendar } from "./calendar.js";
import { firstPostingDay } from "./calendar.js";
import { addDays, daysBetween, hasArrived } from "./time.js";
import { weekNumbered } from "./window.js";

/** A review that comes with one week's posting. */
interface Milestone {
  /** The week whose posting brings the review. */
  week: number;
  /** UTC instant the review is due (that week's postAt). */
  postAt: string;
}

export interface CourseMilestones {
  /** Mid-course review: the first posting on or after the midpoint date. */
  midpoint: Milestone;
  /** Final review: the posting that closes the last week (week `weeks`). */
  final: Milestone;
}

/** The configured midpoint, or the start date plus half the course (whole days, rounded down). */
function midpointDate(calendar: CourseCalendar): string {
  return calendar.midpoint ?? addDays(calendar.startDate, Math.floor((calendar.weeks * 7) / 2));
}

function milestoneAt(calendar: CourseCalendar, week: number): Milestone {
  return { week, postAt: weekNumbered(calendar, week).postAt };
}

/**
 * When the mid-course and final reviews are due. A midpoint before the first posting
 * day moves to week 1, since earlier postings do not exist.
 */
export function courseMilestones(calendar: CourseCalendar): CourseMilestones {
  const daysAfterFirstPosting = daysBetween(firstPostingDay(calendar), midpointDate(calendar));
  const midpointWeek = Math.max(1, Math.ceil(daysAfterFirstPosting / 7) + 1);
  return {
    midpoint: milestoneAt(calendar, midpointWeek),
    final: milestoneAt(calendar, calendar.weeks),
  };
}

/** True once the mid-course review's posting instant has come. */
export function isMidpointDue(calendar: CourseCalendar, now: string | Date): boolean {
  return hasArrived(courseMilestones(calendar).midpoint.postAt, now);
}

/** True once the final review's posting instant has come. */
export function isFinalDue(calendar: CourseCalendar, now: string | Date): boolean {
  return hasArrived(courseMilestones(calendar).final.postAt, now);
}
