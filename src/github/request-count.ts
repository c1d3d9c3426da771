import type { Octokit } from "@octokit/core";

/** How many requests a client sent, in total and by route ("GET /repos/{owner}/{repo}/…"). */
export interface RequestCount {
  total: number;
  byRoute: Record<string, number>;
}

/**
 * Counts every request `octokit` sends from now on, GraphQL included (it goes through the
 * same request hook); a retried request counts once per attempt, as GitHub sees it.
 */
export function countRequests(octokit: Pick<Octokit, "hook">): RequestCount {
  const count: RequestCount = { total: 0, byRoute: {} };
  octokit.hook.before("request", (options) => {
    const route = `${options.method} ${options.url}`;
    count.total += 1;
    count.byRoute[route] = (count.byRoute[route] ?? 0) + 1;
  });
  return count;
}
