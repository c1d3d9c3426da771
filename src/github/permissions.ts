import type { ProbotOctokit } from "probot";
import type { RepoRef } from "./issues.js";

/** How long a permission answer is trusted: long enough for a burst of comments, short enough to notice a removed collaborator. */
export const PERMISSION_TTL_MS = 5 * 60_000;

export type WriteAccessCheck = (
  octokit: ProbotOctokit,
  params: RepoRef & { login: string },
) => Promise<boolean>;

/**
 * Whether a user may act on a learner's home repository (write, maintain or admin), asked
 * of GitHub and remembered briefly. The memory is only a cache: a restart asks again.
 */
export function writeAccessCheck(clock: () => number = Date.now): WriteAccessCheck {
  const answers = new Map<string, { allowed: boolean; until: number }>();
  return async (octokit, { owner, repo, login }) => {
    const key = `${owner}/${repo}/${login}`.toLowerCase();
    const cached = answers.get(key);
    if (cached && cached.until > clock()) return cached.allowed;
    let allowed = false;
    try {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        owner,
        repo,
        username: login,
      });
      allowed = data.permission === "admin" || data.permission === "write";
    } catch (error) {
      // 404: not a collaborator at all.
      if ((error as { status?: number }).status !== 404) throw error;
    }
    answers.set(key, { allowed, until: clock() + PERMISSION_TTL_MS });
    return allowed;
  };
}
