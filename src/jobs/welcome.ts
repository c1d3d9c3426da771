import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { homeCandidate } from "../domain/schedule/home-candidate.js";
import { listInstallationRepos } from "../github/installation-repos.js";
import { listOwnIssues } from "../github/issues.js";
import { WELCOME_KIND, welcomeIssue } from "../templates/welcome.js";
import { ensureIssue } from "./ensure-issue.js";

/**
 * Welcomes a learner whose installation has no config yet: one issue, in the repository
 * most likely to be their home, with a one-click way to add the config. A welcome issue the
 * learner already has (open or closed by them) is never posted again.
 */
export async function welcomeLearner(params: {
  octokit: ProbotOctokit;
  log: Logger;
  login: string;
}): Promise<string> {
  const { octokit, log, login } = params;
  const home = homeCandidate(await listInstallationRepos(octokit));
  if (!home) return "no repository to welcome the learner in";
  const ref = { owner: home.owner, repo: home.name };
  const issues = await listOwnIssues(octokit, ref);
  if (issues.some((issue) => issue.marker.kind === WELCOME_KIND)) return "already welcomed";
  const { title, body } = welcomeIssue({
    ...ref,
    defaultBranch: home.defaultBranch,
    serverUrl: home.serverUrl,
    login,
  });
  const { number } = await ensureIssue({
    octokit,
    log,
    ref,
    known: issues,
    matches: (marker) => marker.kind === WELCOME_KIND,
    title,
    body,
  });
  return `welcomed in ${home.owner}/${home.name}#${number}`;
}
