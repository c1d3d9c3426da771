import type { Context } from "probot";
import type { z } from "zod";
import { CONFIG_PATH } from "../config/schema.js";
import { reconcileEventHome, type HandlerDeps } from "./deps.js";
import { pushDelivery, validated } from "./payload.js";

/** True when a push to the default branch added or changed the config file. */
function touchesConfig(push: z.infer<typeof pushDelivery>): boolean {
  if (push.ref !== `refs/heads/${push.repository.default_branch}`) return false;
  return push.commits.some((commit) =>
    [...(commit.added ?? []), ...(commit.modified ?? [])].includes(CONFIG_PATH),
  );
}

/**
 * A pushed config is acted on at once: a mistake is reported, a fix closes the report, and
 * a new learner's first due issue opens without waiting for the next scheduled run.
 */
export function onPush(deps: HandlerDeps) {
  return async (context: Context<"push">): Promise<void> => {
    const delivery = validated(pushDelivery, context.payload, context.log);
    if (!delivery || !touchesConfig(delivery)) return;
    await reconcileEventHome({
      octokit: context.octokit,
      log: context.log,
      deps,
      installation: context.payload.installation?.id,
      repository: delivery.repository,
    });
  };
}
