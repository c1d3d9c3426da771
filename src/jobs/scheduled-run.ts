import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { fanOut } from "../scheduler/fan-out.js";
import type { QuietHours } from "../scheduler/quiet-hours.js";
import type { Lanes } from "./lanes.js";
import { reconcileInstallation, type LearnerOutcome } from "./reconcile-installation.js";

/**
 * How many installations are worked on at once, unless CHECKPOINT_CONCURRENCY says otherwise.
 * Each installation's writes are spaced a second apart, so a run's wall time is set by how
 * many proceed side by side; memory grows with it. Each installation has its own limits on
 * GitHub, so this is bounded by this process's memory, not by GitHub.
 */
export const INSTALLATION_CONCURRENCY = 32;

export interface ScheduledRunParams {
  probot: Probot;
  log: Logger;
  /** The instant the run acts for. */
  now: Date;
  dryRun: boolean;
  identity: AppIdentity;
  canWrite: WriteAccessCheck;
  /** Installations worked on at once; INSTALLATION_CONCURRENCY by default. */
  concurrency?: number;
  /** Installations known to have nothing due yet are skipped (the in-process scheduler's memory). */
  quiet?: QuietHours;
  lanes?: Lanes;
}

/**
 * One scheduled pass over every installation. The in-process scheduler and
 * `checkpoint run` both call this; one installation's failure never stops the others.
 */
export async function scheduledRun(params: ScheduledRunParams): Promise<LearnerOutcome[]> {
  const { probot, log, now, dryRun, quiet, identity } = params;
  const installations = await activeInstallations(probot, identity);
  const concurrency = params.concurrency ?? INSTALLATION_CONCURRENCY;
  const settled = await fanOut(installations, concurrency, async (installation) => {
    if (await quiet?.isQuiet(installation.id, now)) return [];
    const octokit = await probot.auth(installation.id);
    const installationLog = log.child({ installation: installation.id });
    const outcomes = await reconcileInstallation({
      ...params,
      octokit,
      log: installationLog,
      bot: await identity.login(),
    });
    if (!dryRun) await quiet?.record(installation.id, outcomes, now);
    return outcomes;
  });
  return settled.flatMap((result, index) => {
    if (result.ok) return result.value;
    const name = installations[index]?.account ?? "unknown account";
    log.error({ err: result.error, account: name }, "installation failed");
    return [installationFailed(name, result.error)];
  });
}

export interface ActiveInstallation {
  id: number;
  /** The account's login, for reports. */
  account: string;
}

/**
 * Every installation that can act now (a suspended one refuses tokens until the account
 * unsuspends it). The listing names the app's slug too: the identity learns it for free.
 */
export async function activeInstallations(
  probot: Probot,
  identity: AppIdentity,
): Promise<ActiveInstallation[]> {
  const appOctokit = await probot.auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  identity.learn(installations[0]?.app_slug);
  return installations
    .filter((installation) => !installation.suspended_at)
    .map(({ id, account }) => ({
      id,
      account: account && "login" in account ? account.login : "unknown account",
    }));
}

/** The line an installation that failed as a whole leaves in a run's report. */
export function installationFailed(account: string, error: unknown): LearnerOutcome {
  return { home: account, status: "failed", detail: (error as Error).message };
}
