import type { ProbotOctokit } from "probot";
import type { RepoSummary } from "../domain/schedule/home-candidate.js";

/** A repository the installation can see, as Checkpoint's jobs look at it. */
export interface InstallationRepo extends RepoSummary {
  /** "owner/name". */
  fullName: string;
  /** "User" or "Organization". */
  ownerType: string;
  /** e.g. https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
}

/** Every repository the installation can see, a hundred to a request. */
export async function listInstallationRepos(octokit: ProbotOctokit): Promise<InstallationRepo[]> {
  const repositories = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
    per_page: 100,
  });
  return repositories.map((repository) => ({
    owner: repository.owner.login,
    name: repository.name,
    fullName: repository.full_name,
    ownerType: repository.owner.type,
    defaultBranch: repository.default_branch,
    fork: repository.fork,
    archived: repository.archived ?? false,
    pushedAt: repository.pushed_at ?? null,
    serverUrl: new URL(repository.html_url).origin,
  }));
}
