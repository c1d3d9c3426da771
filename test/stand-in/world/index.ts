import { homeOf, type BenchHome } from "./home.js";
import { learnerRepos, type BenchRepo } from "./repos.js";

/*
 * A synthetic cohort, one world for every benchmark and for the CLI's test: each learner
 * installed the app on their own account (one installation each), keeps a home repository
 * and some code repositories, and had last week's issue opened by Checkpoint.
 */

export { APP_LOGIN, HOME_REPO, WEEK8_DUE } from "./home.js";
export type { BenchRepo } from "./repos.js";
export { LOOKBACK_START, WINDOW } from "./repos.js";

export interface BenchLearner {
  login: string;
  emails: string[];
  installationId: number;
  home: BenchHome;
  repos: BenchRepo[];
}

/** "learner0", "learner1", … */
export function numberedLogins(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `learner${index}`);
}

/**
 * One learner per login, each with `reposEach` code repositories (see learnerRepos for
 * which are idle) and a home whose week-7 issue is open; every other learner replied to it.
 */
export function buildWorld(params: { logins: string[]; reposEach: number }): BenchLearner[] {
  return params.logins.map((login, index) => {
    const author = { login, email: `${login}@example.com` };
    return {
      login,
      emails: [author.email],
      installationId: 1000 + index,
      home: homeOf(login, index % 2 === 0),
      repos: learnerRepos(author, index, params.reposEach),
    };
  });
}
