import { isKind, type IssueMarker, type MarkerOf, type ReviewKind } from "../marker.js";
import { courseMilestones, isFinalDue, isMidpointDue } from "../week/milestones.js";
import { latestCompletedWeek, weekNumbered, type WeekWindow } from "../week/window.js";
import type { CourseCalendar } from "../week/calendar.js";
import { hasArrived, isoInstant, parseInstant } from "../week/time.js";

/** One of Checkpoint's issues in the home repository, as the plan needs to see it. */
export interface KnownIssue {
  number: number;
  state: "open" | "closed";
  /** GitHub's reason for a closed issue; Checkpoint closes a replied week as "completed". */
  stateReason?: string | null;
  /** How many comments it has, so comments are only fetched where there are some. */
  comments: number;
  /** A locked conversation takes no comment: its week closes without a reminder or summary. */
  locked: boolean;
  /** What it is, from its marker or, when a learner mangled that, its title. */
  marker: IssueMarker;
}

/** A weekly issue, its marker narrowed. */
export type WeeklyIssue<T extends KnownIssue = KnownIssue> = T & { marker: MarkerOf<"weekly"> };

export type WeeklyAction<T extends KnownIssue = KnownIssue> =
  | { kind: "open-weekly"; window: WeekWindow; previous?: WeeklyIssue<T> }
  | { kind: "close-weekly"; issue: WeeklyIssue<T> }
  | { kind: "remind"; issue: WeeklyIssue<T>; window: WeekWindow }
  | { kind: "open-review"; review: ReviewKind; week: number };

type OpenReview = Extract<WeeklyAction, { kind: "open-review" }>;

export interface WeeklyPlan<T extends KnownIssue = KnownIssue> {
  /** The latest completed week at the instant (may be before week 1 or after the last). */
  current: WeekWindow;
  /**
   * The next instant anything can become due without a webhook saying something changed:
   * the next posting, or a pending reminder. A scheduler may sleep until then.
   */
  wakeAt: string;
  /** In the order to perform them: the new week opens before the old one closes. */
  actions: WeeklyAction<T>[];
  /** Why nothing is due, when nothing is; shown by `/checkpoint status` and the CLI. */
  idleReason?: string;
}

/** The weekly issues among `issues`, narrowed. */
export function weeklyIssues<T extends KnownIssue>(issues: readonly T[]): WeeklyIssue<T>[] {
  return issues.filter((issue): issue is WeeklyIssue<T> => isKind(issue.marker, "weekly"));
}

/** The latest weekly issue before week `week`: the week a new one follows on from. */
function weekBefore<T extends KnownIssue>(
  issues: readonly T[],
  week: number,
): WeeklyIssue<T> | undefined {
  return weeklyIssues(issues)
    .filter((issue) => issue.marker.week < week)
    .sort((a, b) => b.marker.week - a.marker.week)[0];
}

/**
 * What should exist by `now`: the weekly issue of the latest completed week, and no older
 * weekly issue still open. Only the latest week is ever opened, so a run after downtime
 * catches up without a flood of back-dated issues; a week the learner closed themselves is
 * never reopened or recreated.
 */
export function planWeekly<T extends KnownIssue>(params: {
  calendar: CourseCalendar;
  now: string | Date;
  issues: readonly T[];
  reminderAfterDays: number;
}): WeeklyPlan<T> {
  const { calendar, now } = params;
  const current = latestCompletedWeek(calendar, now);
  const nextPosting = weekNumbered(calendar, current.number + 1).postAt;
  if (params.issues.some((issue) => issue.state === "open" && issue.marker.kind === "paused")) {
    return {
      current,
      wakeAt: nextPosting,
      actions: [],
      idleReason: "paused with /checkpoint pause",
    };
  }
  const weekly = weeklyIssues(params.issues);
  const actions: WeeklyAction<T>[] = [];

  const inCourse = current.number >= 1 && current.number <= calendar.weeks;
  const exists = weekly.some((issue) => issue.marker.week === current.number);
  const opening = inCourse && !exists;
  if (opening) {
    const previous = weekBefore(weekly, current.number);
    actions.push({ kind: "open-weekly", window: current, ...(previous ? { previous } : {}) });
  }
  for (const issue of weekly) {
    // A past week the learner reopened is theirs to close again.
    const reopened = issue.stateReason === "reopened";
    if (issue.state === "open" && !reopened && issue.marker.week < current.number) {
      actions.push({ kind: "close-weekly", issue });
    }
  }
  actions.push(...dueReviews(calendar, now, params.issues));
  const reminder = reminderFor({ ...params, current, weekly });
  if (reminder?.due) actions.push({ kind: "remind", issue: reminder.issue, window: current });
  // A week opened now will want its reminder later: wake for that too.
  const pending = opening
    ? reminderAt(current, params.reminderAfterDays)
    : reminder && !reminder.due
      ? reminder.at
      : undefined;
  const wakeAt = pending && pending < nextPosting ? pending : nextPosting;
  if (actions.length > 0) return { current, wakeAt, actions };
  return { current, wakeAt, actions, idleReason: idleReason(calendar, current, exists) };
}

/**
 * The mid-course review from the first posting on or after the midpoint, the final review
 * from the posting that closes the last week; each once, never reopened once it exists.
 */
function dueReviews(
  calendar: CourseCalendar,
  now: string | Date,
  issues: readonly KnownIssue[],
): OpenReview[] {
  const milestones = courseMilestones(calendar);
  const exists = (review: ReviewKind) =>
    issues.some((issue) => isKind(issue.marker, "review") && issue.marker.review === review);
  const due: OpenReview[] = [];
  if (isMidpointDue(calendar, now) && !isFinalDue(calendar, now) && !exists("mid-course")) {
    due.push({ kind: "open-review", review: "mid-course", week: milestones.midpoint.week });
  }
  if (isFinalDue(calendar, now) && !exists("final")) {
    due.push({ kind: "open-review", review: "final", week: milestones.final.week });
  }
  return due;
}

/**
 * The reminder for the current week's issue: due `reminderAfterDays` after it was posted,
 * while it is open and has no comment at all: any comment (a reply, a command, or the
 * reminder itself) means the learner has been reached. An excused week gets none.
 */
function reminderFor<T extends KnownIssue>(params: {
  now: string | Date;
  current: WeekWindow;
  weekly: WeeklyIssue<T>[];
  reminderAfterDays: number;
}): { issue: WeeklyIssue<T>; at: string; due: boolean } | undefined {
  const { current, now } = params;
  const issue = params.weekly.find((candidate) => candidate.marker.week === current.number);
  if (!issue || issue.state !== "open" || issue.locked) return undefined;
  if (issue.comments > 0 || issue.marker.skipped) return undefined;
  const at = reminderAt(current, params.reminderAfterDays);
  return { issue, at, due: hasArrived(at, now) };
}

/** When a week's reminder falls due: `days` × 24 hours after its issue was posted (UTC days). */
function reminderAt(week: WeekWindow, days: number): string {
  return isoInstant(parseInstant(week.postAt).plus({ days }));
}

function idleReason(calendar: CourseCalendar, current: WeekWindow, exists: boolean): string {
  if (current.number < 1) {
    return `the course has not reached its first weekly issue (due ${weekNumbered(calendar, 1).postAt})`;
  }
  if (current.number > calendar.weeks) return "the course's weeks are over";
  return exists ? `week ${current.number}'s issue is already posted` : "nothing is due";
}

/**
 * Weeks in a row with an update before week `week`, from weekly markers written before
 * facts were carried forward (`updatePosted`, `skipped` stamped in the body). Only for such
 * markers: newer issues carry the count in `lastWeek`.
 */
export function legacyUpdatesBefore(issues: readonly KnownIssue[], week: number): number {
  const earlier = weeklyIssues(issues)
    .filter((issue) => issue.marker.week < week)
    .sort((a, b) => b.marker.week - a.marker.week);
  let streak = 0;
  for (const issue of earlier) {
    // An excused week neither breaks the streak nor adds to it.
    if (issue.marker.skipped) continue;
    if (issue.marker.updatePosted !== true) break;
    streak += 1;
  }
  return streak;
}
