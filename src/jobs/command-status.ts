import { figuresOf } from "../domain/figures.js";
import { MISSING_START_DATE } from "../domain/schedule/course-start.js";
import { latestCompletedWeek, weekNumbered } from "../domain/week/window.js";
import { postingLabel } from "../domain/week/label.js";
import type { CourseCalendar } from "../domain/week/calendar.js";
import { listInstallationRepos } from "../github/installation-repos.js";

import { statusComment } from "../templates/replies/status.js";
import { measureLearnerWeek } from "./measure-learner.js";
import type { CommandPass } from "./learner-pass.js";

/**
 * The answer to /checkpoint status: the week in progress measured so far, when its issue
 * comes, whether Checkpoint is paused, and anything in the config that stands in the way.
 */
export async function statusReply(
  params: CommandPass & {
    commentId: number;
    paused: boolean;
    calendar?: CourseCalendar | undefined;
  },
): Promise<string> {
  const { octokit, log, home, loaded, now, calendar, paused } = params;
  const id = params.commentId;
  const lastRun = params.ledger.issues
    .map((issue) => issue.updatedAt)
    .sort()
    .at(-1);
  const problems = loaded.ok ? [] : loaded.problems;
  const timezone = loaded.ok ? loaded.config.course.timezone : undefined;
  if (!loaded.ok || !calendar) {
    const missing = loaded.ok ? [MISSING_START_DATE] : [];
    return statusComment(id, {
      lastRun,
      paused,
      problems: [...problems, ...missing],
      ...(timezone ? { timezone } : {}),
    });
  }
  const inProgress = weekNumbered(calendar, latestCompletedWeek(calendar, now).number + 1);
  if (inProgress.number < 1 || inProgress.number > calendar.weeks) {
    const first = weekNumbered(calendar, 1);
    const note =
      inProgress.number < 1
        ? `Your course starts ${calendar.startDate}; the first weekly issue arrives ${postingLabel(first.postAt, calendar.timezone)}.`
        : `Your course's ${calendar.weeks} weeks are over: no more weekly issues.`;
    return statusComment(id, { lastRun, paused, problems, note, timezone: calendar.timezone });
  }
  const { measures } = await measureLearnerWeek({
    octokit,
    log,
    home,
    config: loaded.config,
    visible: await listInstallationRepos(octokit),
    window: inProgress,
    until: now.toISOString(),
    mayPush: params.mayPush,
  });
  return statusComment(id, {
    progress: {
      week: inProgress.number,
      weekLabel: inProgress.label,
      soFar: figuresOf(measures),
      nextIssue: {
        label: inProgress.label,
        due: postingLabel(inProgress.postAt, calendar.timezone),
      },
    },
    lastRun,
    paused,
    problems,
    timezone: calendar.timezone,
  });
}
