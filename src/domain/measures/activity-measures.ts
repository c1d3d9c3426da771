import type { Commit, PullRequest, Review } from "../activity.js";
import type { RepoFileChange } from "./changes.js";
import { measureCollaboration, type CollaborationMeasures } from "./collaboration.js";
import { measureMessages, type MessageMeasures } from "./commit-messages.js";
import { activeDates, commitsByDay, type DayCount } from "./days.js";
import { measureDocs, type DocsMeasures } from "./docs.js";
import { commitEvidence, type CommitEvidence } from "./evidence.js";
import {
  measureData,
  measureDelivery,
  type DataMeasures,
  type DeliveryMeasures,
} from "./project-files.js";
import { measureStreak, type Streak } from "./streak.js";
import { measureTests, type TestMeasures } from "./tests.js";
import { byInstant, isWithin, type MeasureWindow } from "./window.js";

/** What the learner did in the window, for one repository or all of them pooled. */
export interface ActivityMeasures {
  /** Non-merge commits authored in the window, oldest first; their number is the commit figure. */
  commits: CommitEvidence[];
  /** Merge commits (two or more parents) authored in the window, counted apart, oldest first. */
  merges: CommitEvidence[];
  /** Non-merge commits on each of the window's local days, in order, zeros included. */
  days: DayCount[];
  /** Local days of the window with at least one non-merge commit. */
  activeDays: number;
  /** Consecutive active days ending on the window's last day, reaching into the look-back. */
  streak: Streak;
  tests: TestMeasures;
  docs: DocsMeasures;
  data: DataMeasures;
  delivery: DeliveryMeasures;
  collaboration: CollaborationMeasures;
  /** Vague and very large commits among `commits`. */
  messages: MessageMeasures;
}

/** The activity one measurement pools: one repository's, or every repository's. */
export interface ActivityInput {
  commits: readonly Commit[];
  changes: readonly RepoFileChange[];
  earlierCommitTimes: readonly string[];
  pulls: readonly PullRequest[];
  reviews: readonly Review[];
}

/**
 * Every activity figure over the window. Commits are kept only when authored inside the
 * interval, so the commit figure always equals the sum of the day figures.
 */
export function measureActivity(params: {
  activity: ActivityInput;
  window: MeasureWindow;
  lookbackDays: number;
}): ActivityMeasures {
  const { activity, window, lookbackDays } = params;
  const inWindow = activity.commits
    .filter((commit) => isWithin(commit.authoredAt, window.interval))
    .sort(byInstant((commit) => commit.authoredAt));
  const evidence = (commit: Commit) => commitEvidence(commit, window.timezone);
  const commits = inWindow.filter((commit) => commit.parents < 2).map(evidence);
  const days = commitsByDay(commits, window.days);
  const active = activeDates(days);
  return {
    commits,
    merges: inWindow.filter((commit) => commit.parents >= 2).map(evidence),
    days,
    activeDays: active.length,
    streak: measureStreak({
      activeDates: active,
      earlierCommitTimes: activity.earlierCommitTimes,
      window,
      lookbackDays,
    }),
    tests: measureTests(activity.changes),
    docs: measureDocs(activity.changes),
    data: measureData(activity.changes),
    delivery: measureDelivery(activity.changes),
    collaboration: measureCollaboration({
      pulls: activity.pulls,
      reviews: activity.reviews,
      window,
    }),
    messages: measureMessages(commits),
  };
}
