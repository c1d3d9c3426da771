import type { RepoActivity } from "../activity.js";
import { measureActivity, type ActivityInput, type ActivityMeasures } from "./activity-measures.js";
import { deliveryAtHead, type DeliveryAtHead } from "./project-files.js";
import { readmeCompleteness, type ReadmeCompleteness } from "./readme-completeness.js";
import type { MeasureWindow } from "./window.js";

/** What a repository looks like at the head of its default branch. */
export interface HeadMeasures extends DeliveryAtHead {
  /** Whether the README says how to set up, run and test the project. */
  readme: ReadmeCompleteness;
}

/** One repository's week, and its state at HEAD. */
export interface RepoMeasures extends ActivityMeasures {
  /** "owner/name" (a local repository's folder name). */
  repo: string;
  /** Link to the repository, when known; file evidence links under `${url}/blob/${defaultBranch}/`. */
  url?: string;
  defaultBranch: string;
  head: HeadMeasures;
}

/** The learner's week in figures, each with its evidence. */
export interface WeekMeasures {
  /** The window every figure is for. */
  window: MeasureWindow;
  /** How many local days before the window the streak could see. */
  lookbackDays: number;
  /**
   * All repositories pooled. List figures are the per-repository lists joined; the streak
   * counts a day active when any repository had a commit on it. HEAD facts are per repository.
   */
  totals: ActivityMeasures;
  /** One entry per repository, in the order given, including repositories with no activity. */
  repos: RepoMeasures[];
}

function activityOf(repo: RepoActivity): ActivityInput {
  return {
    commits: repo.commits,
    changes: repo.changes.map((change) => ({ ...change, repo: repo.repo })),
    earlierCommitTimes: repo.earlierCommitTimes,
    pulls: repo.pulls,
    reviews: repo.reviews,
  };
}

/**
 * Measures a learner's week. `repos` hold only the learner's activity (the sources filter by
 * identity); pull requests and reviews are still filtered to the window here, and so are
 * commits, by author instant. `lookbackDays` is how far before the window's first local day
 * `earlierCommitTimes` reach.
 */
export function measureWeek(params: {
  repos: readonly RepoActivity[];
  window: MeasureWindow;
  lookbackDays: number;
}): WeekMeasures {
  const { repos, window, lookbackDays } = params;
  const measured = repos.map((repo) => ({ repo, activity: activityOf(repo) }));
  const pooled: ActivityInput = {
    commits: measured.flatMap(({ activity }) => activity.commits),
    changes: measured.flatMap(({ activity }) => activity.changes),
    earlierCommitTimes: measured.flatMap(({ activity }) => activity.earlierCommitTimes),
    pulls: measured.flatMap(({ activity }) => activity.pulls),
    reviews: measured.flatMap(({ activity }) => activity.reviews),
  };
  return {
    window,
    lookbackDays,
    totals: measureActivity({ activity: pooled, window, lookbackDays }),
    repos: measured.map(({ repo, activity }) => ({
      repo: repo.repo,
      ...(repo.url === undefined ? {} : { url: repo.url }),
      defaultBranch: repo.defaultBranch,
      ...measureActivity({ activity, window, lookbackDays }),
      head: {
        readme: readmeCompleteness({
          repo: repo.repo,
          path: repo.head.readmePath,
          text: repo.head.readme,
        }),
        ...deliveryAtHead(repo.repo, repo.head),
      },
    })),
  };
}
