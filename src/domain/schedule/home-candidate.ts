/** What the choice of a home repository looks at. */
export interface RepoSummary {
  owner: string;
  name: string;
  defaultBranch: string;
  fork: boolean;
  archived: boolean;
  /** Last push, ISO instant; null for an empty repository. */
  pushedAt: string | null;
}

/** Names learners give the repository where they keep their learning notes and goals. */
const LEARNING_NAME =
  /learn|journey|progress|course|bootcamp|checkpoint|goal|expectation|journal|notes|roadmap/i;

/**
 * The repository most likely to be a learner's home, for the welcome issue: among their own
 * live repositories (not forks, not archived), one whose name says it holds their learning
 * (learning-journey, bootcamp-notes…), else the one they pushed to most recently.
 */
export function homeCandidate<T extends RepoSummary>(repos: readonly T[]): T | undefined {
  const own = repos
    .filter((repo) => !repo.fork && !repo.archived)
    .sort((a, b) => (b.pushedAt ?? "").localeCompare(a.pushedAt ?? ""));
  return own.find((repo) => LEARNING_NAME.test(repo.name)) ?? own[0];
}
