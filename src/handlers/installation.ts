import type { Context } from "probot";
import type { z } from "zod";
import { reconcileInstallation } from "../jobs/reconcile-installation.js";
import { welcomeLearner } from "../jobs/welcome.js";
import type { HandlerDeps } from "./deps.js";
import { installationDelivery, validated } from "./payload.js";

/**
 * A new installation, or repositories added to one: reconcile at once rather than at the
 * next scheduled run, and welcome a learner who has no config anywhere yet.
 */
export function onInstallationChange(deps: HandlerDeps) {
  return async (
    context: Context<"installation.created" | "installation_repositories.added">,
  ): Promise<void> => {
    const delivery = validated(installationDelivery, context.payload, context.log);
    if (!delivery) return;
    const login = delivery.installation.account?.login ?? delivery.sender.login;
    if (deps.queue) {
      await deps.queue.enqueueInstallation({
        installation: delivery.installation.id,
        account: login,
        at: deps.clock(),
        ...(delivery.action === "created" ? { welcome: login } : {}),
      });
      return;
    }
    try {
      await welcomeOrReconcile(context, deps, delivery);
    } catch (error) {
      // Acknowledged all the same: the scheduler's next tick looks at this installation.
      context.log.error({ err: error }, "installation pass failed");
    }
  };
}

async function welcomeOrReconcile(
  context: Context<"installation.created" | "installation_repositories.added">,
  deps: HandlerDeps,
  delivery: z.infer<typeof installationDelivery>,
): Promise<void> {
  const bot = await deps.identity.login();
  const outcomes = await reconcileInstallation({
    octokit: context.octokit,
    log: context.log,
    now: deps.clock(),
    dryRun: false,
    bot,
    canWrite: deps.canWrite,
    lanes: deps.lanes,
  });
  // Welcome once, when the app is installed: repositories added later could otherwise
  // make a different repository look like the home and earn a second welcome.
  if (outcomes.length > 0 || delivery.action !== "created") {
    context.log.info({ outcomes }, "reconciled installation");
    return;
  }
  const login = delivery.installation.account?.login ?? delivery.sender.login;
  const result = await welcomeLearner({ octokit: context.octokit, log: context.log, login, bot });
  context.log.info({ result }, "installation without a config");
}
