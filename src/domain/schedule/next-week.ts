import { historyUntil } from "../diff-plan.js";
import type { CourseCalendar } from "../week/calendar.js";
import { isoInstant, parseInstant } from "../week/time.js";
import { weekNumbered, type WeekWindow } from "../week/window.js";
import { lookbackStartOf } from "./measure-window.js";
import { trackedRepos, type VisibleRepo } from "./tracked-repos.js";

/**
 * How the week after `current` will be measured, as far as a pass can tell now: which
 * repositories, for whom and over which histories, and from when it is due. A scheduler
 * that remembers it can ask that week together with the installation's files when it
 * falls due; anything that changed meanwhile just means the week is asked again.
 */
export interface NextWeekQuery {
  /** `owner/name` of the learner's home. */
  home: string;
  repos: { owner: string; repo: string }[];
  login: string;
  /** The first commit date its histories are read from (see lookbackStartOf). */
  since: string;
  /** When its window ends: histories are read up to then, or to the instant measured at. */
  windowEnd: string;
  /** When its issue is due. */
  dueAt: string;
}

/** The next week's query after `current`; undefined once the course has no next week. */
export function nextWeekQuery(params: {
  calendar: CourseCalendar;
  current: WeekWindow;
  home: { owner: string; repo: string };
  setting: "all" | string[];
  visible: readonly VisibleRepo[];
  login: string;
}): NextWeekQuery | undefined {
  const { calendar, current, home } = params;
  const number = Math.max(1, current.number + 1);
  if (number > calendar.weeks) return undefined;
  const next = weekNumbered(calendar, number);
  const { tracked } = trackedRepos({ setting: params.setting, home, visible: params.visible });
  return {
    home: `${home.owner}/${home.repo}`,
    repos: tracked,
    login: params.login,
    since: lookbackStartOf(next, calendar.timezone),
    windowEnd: next.interval.end,
    dueAt: next.postAt,
  };
}

/**
 * The variables the week of `next` is read with when measured at `now` (as measureLearnerWeek
 * reads it: histories up to `now`, or to the window's end while it has not ended); undefined
 * before it is due.
 */
export function nextWeekVariables(
  next: NextWeekQuery,
  now: Date,
): { since: string; until: string; login: string } | undefined {
  if (now.getTime() < Date.parse(next.dueAt)) return undefined;
  const until = historyUntil({
    window: { start: next.since, end: next.windowEnd },
    lookbackStart: next.since,
    learner: { login: next.login, emails: [] },
    committedUntil: isoInstant(parseInstant(now)),
  });
  return { since: next.since, until, login: next.login };
}
