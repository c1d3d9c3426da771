import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import type { Interval, RepoActivity } from "../domain/activity.js";
import { measureWeek, type WeekMeasures } from "../domain/measures/week-measures.js";
import {
  LOOKBACK_DAYS,
  lookbackStartOf,
  measureWindowOf,
} from "../domain/schedule/measure-window.js";
import { trackedRepos, type VisibleRepo } from "../domain/schedule/tracked-repos.js";
import type { WeekWindow } from "../domain/week/window.js";
import { isoInstant, parseInstant } from "../domain/week/time.js";
import { fetchGitHubActivities, type PrefetchedWeeks } from "../github/activity/index.js";
import type { RepoRef } from "../github/issues.js";

/**
 * A learner's week across every tracked repository, measured from GitHub. `until` cuts a
 * week in progress short (for /checkpoint status). A repository that cannot be measured
 * fails the whole measurement: a partial figure is never shown.
 */
export async function measureLearnerWeek(params: {
  octokit: ProbotOctokit;
  log: Logger;
  home: RepoRef;
  config: CheckpointConfig;
  visible: readonly VisibleRepo[];
  window: WeekWindow;
  until?: string;
  /** The instant the week is measured at: commits re-committed up to then still count. */
  now?: Date;
  /** Whether the learner can push to a repository: only those count (all, when they own them). */
  mayPush?: ((repo: RepoRef) => Promise<boolean>) | undefined;
  /** Weeks read already with the installation's files: used where asked exactly as here. */
  prefetched?: PrefetchedWeeks | undefined;
}): Promise<{ activity: RepoActivity[]; measures: WeekMeasures }> {
  const { octokit, log, home, config, window } = params;
  const { tracked, missing } = trackedRepos({
    setting: config.repositories,
    home,
    visible: params.visible,
  });
  if (missing.length > 0) log.warn({ missing }, "listed repositories the app cannot see");
  const timezone = config.course.timezone;
  const interval: Interval = params.until
    ? {
        start: window.interval.start,
        end: params.until < window.interval.end ? params.until : window.interval.end,
      }
    : window.interval;
  const learner = { login: config.learner.login ?? home.owner, emails: config.learner.emails };
  const counted: RepoRef[] = [];
  for (const repo of tracked) {
    if (params.mayPush && !(await params.mayPush(repo))) {
      log.info({ repo: `${repo.owner}/${repo.repo}` }, "the learner cannot push here: not counted");
      continue;
    }
    counted.push(repo);
  }
  const activity: RepoActivity[] = await fetchGitHubActivities({
    client: octokit,
    repos: counted,
    window: interval,
    lookbackStart: lookbackStartOf(window, timezone),
    learner,
    ...(params.now ? { committedUntil: isoInstant(parseInstant(params.now)) } : {}),
    prefetched: params.prefetched,
  });
  const measures = measureWeek({
    repos: activity,
    window: { ...measureWindowOf(window, timezone), interval },
    lookbackDays: LOOKBACK_DAYS,
  });
  return { activity, measures };
}
