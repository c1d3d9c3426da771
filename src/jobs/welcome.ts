import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { homeCandidate } from "../domain/schedule/home-candidate.js";
import { listInstallationRepos } from "../github/installation-repos.js";
import { readLedger } from "../ledger/read.js";
import { ensureIssue } from "../ledger/write.js";
import { welcomeIssue } from "../templates/welcome.js";

/**
 * Welcomes a learner whose installation has no config yet: one issue, in the repository
 * most likely to be their home, with a one-click way to add the config. A welcome issue the
 * learner already has (open or closed by them) is never posted again.
 */
export async function welcomeLearner(params: {
  octokit: ProbotOctokit;
  log: Logger;
  login: string;
  /** The app's bot login: only its issues count as a welcome already given. */
  bot: string;
}): Promise<string> {
  const { octokit, log, login, bot } = params;
  const home = homeCandidate(await listInstallationRepos(octokit));
  if (!home) return "no repository to welcome the learner in";
  const ref = { owner: home.owner, repo: home.name };
  const ledger = await readLedger({ octokit, ref, bot });
  if (ledger.issues.some((issue) => issue.marker.kind === "welcome")) return "already welcomed";
  const { title, body } = welcomeIssue({
    ...ref,
    defaultBranch: home.defaultBranch,
    serverUrl: home.serverUrl,
    login,
  });
  const { number } = await ensureIssue({
    octokit,
    log,
    ledger,
    matches: (marker) => marker.kind === "welcome",
    title,
    body,
  });
  return `welcomed in ${home.owner}/${home.name}#${number}`;
}
