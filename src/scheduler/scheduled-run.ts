import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { activeInstallations, installationFailed } from "../jobs/active-installations.js";
import { fanOut } from "../jobs/fan-out.js";
import type { Lanes } from "../jobs/lanes.js";
import { reconcileInstallation, type LearnerOutcome } from "../jobs/reconcile-installation.js";
import type { NextWeeks } from "./next-weeks.js";
import type { QuietHours } from "./quiet-hours.js";

/**
 * How many installations are worked on at once, unless CHECKPOINT_CONCURRENCY says otherwise.
 * Each installation's writes are spaced a second apart, so a run's wall time is set by how
 * many proceed side by side; memory grows with it. Each installation has its own limits on
 * GitHub, so this is bounded by this process's memory, not by GitHub.
 */
export const INSTALLATION_CONCURRENCY = 64;

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
  /** Learners' next weeks, asked with their installation's files when due (in-process only). */
  nextWeeks?: NextWeeks;
  lanes?: Lanes;
}

/**
 * One scheduled pass over every installation. The in-process scheduler and
 * `checkpoint run` both call this; one installation's failure never stops the others.
 */
export async function scheduledRun(params: ScheduledRunParams): Promise<LearnerOutcome[]> {
  const { probot, log, now, dryRun, quiet, identity, nextWeeks } = params;
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
      ...(nextWeeks && !dryRun
        ? {
            rememberedWeeks: nextWeeks.of(installation.id),
            rememberNextWeek: nextWeeks.recorder(installation.id),
          }
        : {}),
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
