import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { LearnerOutcome } from "./reconcile-installation.js";

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
