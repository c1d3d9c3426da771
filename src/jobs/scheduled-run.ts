import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { fanOut } from "../scheduler/fan-out.js";
import type { QuietHours } from "../scheduler/quiet-hours.js";
import type { LearnerLanes } from "./lanes.js";
import { reconcileInstallation, type LearnerOutcome } from "./reconcile-installation.js";

/**
 * How many installations are worked on at once. Probot spaces each installation's writes
 * about a second apart, so a run's wall time is set by how many proceed side by side; 32
 * keeps well under GitHub's guidance of 100 concurrent requests.
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
  /** Installations known to have nothing due yet are skipped (the in-process scheduler's memory). */
  quiet?: QuietHours;
  lanes?: LearnerLanes;
}

/**
 * One scheduled pass over every installation. The in-process scheduler and
 * `checkpoint run` both call this; one installation's failure never stops the others.
 */
export async function scheduledRun(params: ScheduledRunParams): Promise<LearnerOutcome[]> {
  const { probot, log, now, dryRun, quiet, identity } = params;
  const appOctokit = await probot.auth();
  // A suspended installation refuses tokens until the account unsuspends it.
  const installations = (
    await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 })
  ).filter((installation) => !installation.suspended_at);
  identity.learn(installations[0]?.app_slug);
  const settled = await fanOut(installations, INSTALLATION_CONCURRENCY, async (installation) => {
    if (quiet?.isQuiet(installation.id, now)) return [];
    const octokit = await probot.auth(installation.id);
    const installationLog = log.child({ installation: installation.id });
    const outcomes = await reconcileInstallation({
      ...params,
      octokit,
      log: installationLog,
      bot: await identity.login(),
    });
    if (!dryRun) quiet?.record(installation.id, outcomes, now);
    return outcomes;
  });
  return settled.flatMap((result, index) => {
    if (result.ok) return result.value;
    const account = installations[index]?.account;
    const name = account && "login" in account ? account.login : "unknown account";
    log.error({ err: result.error, account: name }, "installation failed");
    return [{ home: name, status: "failed" as const, detail: (result.error as Error).message }];
  });
}
