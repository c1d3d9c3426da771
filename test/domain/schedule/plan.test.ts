import { describe, expect, it } from "vitest";
import {
  planWeekly,
  legacyUpdatesBefore,
  type KnownIssue,
  type WeeklyAction,
} from "../../../src/domain/schedule/plan.js";
import type { CourseCalendar } from "../../../src/domain/week/calendar.js";

// Start Tue 2025-09-30, Lagos, Mondays 09:00: week 8 (Nov 17–23) is posted 2025-11-24T08:00Z.
const calendar: CourseCalendar = {
  startDate: "2025-09-30",
  weeks: 24,
  timezone: "Africa/Lagos",
  weekly: { day: "monday", time: "09:00" },
};

const weekly = (
  week: number,
  state: "open" | "closed" = "open",
  stateReason: string | null = null,
  comments = 1,
): KnownIssue => ({
  number: 100 + week,
  state,
  stateReason,
  comments,
  locked: false,
  // Checkpoint closes a week with an update as "completed", and its marker says so.
  marker: { kind: "weekly", week, ...(stateReason === "completed" ? { updatePosted: true } : {}) },
});

function describe_(action: WeeklyAction): string {
  switch (action.kind) {
    case "open-weekly":
      return `open ${action.window.number} after #${action.previous?.number}`;
    case "close-weekly":
      return `close #${action.issue.number}`;
    case "remind":
      return `remind #${action.issue.number}`;
    case "open-review":
      return `open ${action.review} review (week ${action.week})`;
  }
}

const review = (kind: "mid-course" | "final"): KnownIssue => ({
  number: 50,
  state: "open",
  comments: 0,
  locked: false,
  marker: { kind: "review", review: kind, week: 13 },
});

describe("planWeekly", () => {
  it("opens the due week, then closes every older open one", () => {
    const plan = planWeekly({
      calendar,
      now: "2025-11-24T08:00:00Z",
      issues: [weekly(7), weekly(6)],
      reminderAfterDays: 3,
    });
    expect(plan.current.number).toBe(8);
    expect(plan.actions.map(describe_)).toEqual(["open 8 after #107", "close #107", "close #106"]);
  });

  it("does nothing a second before the posting instant", () => {
    const plan = planWeekly({
      calendar,
      now: "2025-11-24T07:59:59Z",
      issues: [weekly(7)],
      reminderAfterDays: 3,
    });
    expect(plan.actions).toEqual([]);
    expect(plan.idleReason).toBe("week 7's issue is already posted");
  });

  it("leaves a past week the learner reopened open", () => {
    const plan = planWeekly({
      calendar,
      now: "2025-11-24T08:00:00Z",
      issues: [weekly(8, "open"), { ...weekly(6, "open"), stateReason: "reopened" }],
      reminderAfterDays: 3,
    });
    expect(plan.actions).toEqual([]);
  });

  it("never reopens or recreates a week the learner closed", () => {
    const plan = planWeekly({
      calendar,
      now: "2025-11-24T09:00:00Z",
      issues: [weekly(8, "closed")],
      reminderAfterDays: 3,
    });
    expect(plan.actions).toEqual([]);
  });

  it("opens nothing before week 1 or after the last week, but still closes", () => {
    expect(
      planWeekly({ calendar, now: "2025-10-06T07:00:00Z", issues: [], reminderAfterDays: 3 })
        .idleReason,
    ).toBe("the course has not reached its first weekly issue (due 2025-10-06T08:00:00Z)");
    // Week 11 would be posted 2025-12-15; a 10-week course has no week 11, so week 10
    // closes, and the final review (due with week 10's posting, Dec 8) opens.
    const after = planWeekly({
      calendar: { ...calendar, weeks: 10 },
      now: "2025-12-15T08:00:00Z",
      issues: [weekly(10), review("mid-course")],
      reminderAfterDays: 3,
    });
    expect(after.actions.map(describe_)).toEqual(["close #110", "open final review (week 10)"]);
  });
});

describe("reviews", () => {
  // 10 weeks: midpoint Nov 4 (start + 35 days); the first posting on or after it is Mon
  // Nov 10, week 6, at 08:00Z. The final review comes with week 10's posting, Dec 8.
  const short = { ...calendar, weeks: 10 };
  const plan = (now: string, issues: KnownIssue[]) =>
    planWeekly({ calendar: short, now, issues, reminderAfterDays: 3 })
      .actions.filter((action) => action.kind === "open-review")
      .map(describe_);

  it("opens the mid-course review from its posting instant, not a second before", () => {
    expect(plan("2025-11-10T07:59:59Z", [weekly(5)])).toEqual([]);
    expect(plan("2025-11-10T08:00:00Z", [weekly(5)])).toEqual(["open mid-course review (week 6)"]);
  });

  it("opens each review once, and never a missed mid-course review after the course ended", () => {
    expect(plan("2025-11-17T08:00:00Z", [weekly(6), review("mid-course")])).toEqual([]);
    expect(plan("2025-12-08T08:00:00Z", [weekly(9)])).toEqual(["open final review (week 10)"]);
    expect(plan("2025-12-15T08:00:00Z", [weekly(10), review("final")])).toEqual([]);
  });
});

describe("legacyUpdatesBefore", () => {
  it("counts back the weeks whose older markers were stamped with an update", () => {
    const issues = [
      weekly(9),
      weekly(8, "closed", "completed"),
      weekly(7, "closed", "completed"),
      weekly(6, "closed", "not_planned"),
      weekly(5, "closed", "completed"),
    ];
    expect(legacyUpdatesBefore(issues, 9)).toBe(2);
    expect(legacyUpdatesBefore(issues, 6)).toBe(1);
  });
});

describe("locked weeks", () => {
  it("get no reminder: GitHub would refuse the comment every hour", () => {
    const locked = { ...weekly(8, "open", null, 0), locked: true };
    const plan = planWeekly({
      calendar,
      now: "2025-11-28T08:00:00Z",
      issues: [locked],
      reminderAfterDays: 3,
    });
    expect(plan.actions).toEqual([]);
  });
});

describe("reminders", () => {
  // Week 8 is posted Mon 2025-11-24T08:00Z; with 3 days, a reminder is due from Thu 08:00Z.
  const silent = (extra: Partial<KnownIssue> = {}): KnownIssue => ({
    ...weekly(8, "open", null, 0),
    ...extra,
  });
  const plan = (now: string, issue: KnownIssue) =>
    planWeekly({ calendar, now, issues: [issue], reminderAfterDays: 3 }).actions.map((a) => a.kind);

  it("is due once the delay has passed, not a second before", () => {
    expect(plan("2025-11-27T07:59:59Z", silent())).toEqual([]);
    expect(plan("2025-11-27T08:00:00Z", silent())).toEqual(["remind"]);
  });

  it("is not due when the issue has any comment (a reply, or the reminder itself)", () => {
    expect(plan("2025-11-28T08:00:00Z", silent({ comments: 1 }))).toEqual([]);
  });

  it("is never sent for an excused week or a closed one, nor while paused", () => {
    expect(
      plan("2025-11-28T08:00:00Z", silent({ marker: { kind: "weekly", week: 8, skipped: true } })),
    ).toEqual([]);
    expect(plan("2025-11-28T08:00:00Z", silent({ state: "closed" }))).toEqual([]);
    const paused: KnownIssue = {
      number: 1,
      state: "open",
      comments: 0,
      locked: false,
      marker: { kind: "paused" },
    };
    expect(
      planWeekly({
        calendar,
        now: "2025-11-28T08:00:00Z",
        issues: [silent(), paused],
        reminderAfterDays: 3,
      }).idleReason,
    ).toBe("paused with /checkpoint pause");
  });
});

describe("legacyUpdatesBefore with an excused week", () => {
  it("keeps the streak across a skipped week without counting it", () => {
    const skipped: KnownIssue = {
      ...weekly(8, "closed", "not_planned"),
      marker: { kind: "weekly", week: 8, skipped: true },
    };
    // A learner who closed a week themselves (GitHub says "completed") without an update
    // does not count: only the marker Checkpoint stamps when it answers a reply does.
    const selfClosed: KnownIssue = { ...weekly(6, "closed", null), stateReason: "completed" };
    expect(legacyUpdatesBefore([weekly(7, "closed", "completed"), selfClosed], 8)).toBe(1);
    expect(
      legacyUpdatesBefore(
        [weekly(9, "closed", "completed"), skipped, weekly(7, "closed", "completed")],
        10,
      ),
    ).toBe(2);
  });
});
