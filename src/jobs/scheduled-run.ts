import type { Logger } from "pino";
import type { Probot, ProbotOctokit } from "probot";
import { loadConfig } from "../config/load.js";
import { formatProblem } from "../config/problems.js";
import { fanOut } from "../scheduler/fan-out.js";
import { reportConfig } from "./report-config.js";

/** How many installations, and repositories within one, are worked on at once. */
export const CONCURRENCY = 8;

export interface LearnerOutcome {
  /** The home repository, `owner/name`. */
  home: string;
  status: "ok" | "skipped" | "failed";
  detail: string;
}

export interface ScheduledRunParams {
  probot: Probot;
  log: Logger;
  /** The instant the run acts for. */
  at: Date;
  dryRun: boolean;
}

/**
 * One scheduled pass over every installation: find each learner's home repository (the
 * one holding `.github/checkpoint.yml`) and bring it up to date. The in-process scheduler
 * and `checkpoint run` both call this.
 */
export async function scheduledRun(params: ScheduledRunParams): Promise<LearnerOutcome[]> {
  const { probot, log } = params;
  const appOctokit = await probot.auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  const perInstallation = await fanOut(installations, CONCURRENCY, async (installation) => {
    const octokit = await probot.auth(installation.id);
    return reconcileInstallation({
      ...params,
      octokit,
      log: log.child({ installation: installation.id }),
    });
  });
  return perInstallation.flatMap((settled, index) =>
    settled.ok
      ? settled.value
      : [
          {
            home: installations[index]?.account?.login ?? "unknown account",
            status: "failed" as const,
            detail: `could not list repositories: ${(settled.error as Error).message}`,
          },
        ],
  );
}

async function reconcileInstallation(
  params: ScheduledRunParams & { octokit: ProbotOctokit },
): Promise<LearnerOutcome[]> {
  const { octokit, log, dryRun } = params;
  const repos = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
    per_page: 100,
  });
  const settled = await fanOut(repos, CONCURRENCY, async (repository) => {
    const ref = { owner: repository.owner.login, repo: repository.name };
    const home = repository.full_name;
    const loaded = await loadConfig({ octokit, ...ref });
    if (!loaded.ok && "missing" in loaded) return undefined;
    if (!dryRun) {
      await reportConfig({
        octokit,
        log,
        ref,
        branch: repository.default_branch,
        serverUrl: new URL(repository.html_url).origin,
        loaded,
      });
    }
    if (!loaded.ok) {
      const detail = loaded.problems.map(formatProblem).join("; ");
      return { home, status: "failed" as const, detail: `config problems: ${detail}` };
    }
    if (loaded.config.paused) return { home, status: "skipped" as const, detail: "paused" };
    return { home, status: "ok" as const, detail: "config valid" };
  });
  return settled.flatMap((result, index) => {
    if (result.ok) return result.value ? [result.value] : [];
    const home = repos[index]?.full_name ?? "unknown repository";
    log.error({ err: result.error, home }, "learner failed");
    return [{ home, status: "failed" as const, detail: (result.error as Error).message }];
  });
}
