import type { ProbotOctokit } from "probot";
import { LocalMemory, type SharedMemory } from "../memory/shared-memory.js";
import type { RepoRef } from "./issues.js";

/** How long a permission answer is trusted: long enough for a burst of comments, short enough to notice a removed collaborator. */
const PERMISSION_TTL_MS = 5 * 60_000;

export type WriteAccessCheck = (
  octokit: ProbotOctokit,
  params: RepoRef & { login: string },
) => Promise<boolean>;

/**
 * Whether a user may act on a learner's home repository (write, maintain or admin), asked
 * of GitHub and remembered briefly, by this process or by every replica sharing `memory`.
 * The memory is only a cache: a restart asks again.
 */
export function writeAccessCheck(memory: SharedMemory = new LocalMemory()): WriteAccessCheck {
  return async (octokit, { owner, repo, login }) => {
    const key = `permission:${owner}/${repo}/${login}`.toLowerCase();
    const cached = await memory.get(key);
    if (cached !== undefined) return cached === "write";
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
    await memory.set(key, allowed ? "write" : "none", PERMISSION_TTL_MS);
    return allowed;
  };
}
