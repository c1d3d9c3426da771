import type { Context } from "probot";
import { CONFIG_PATH } from "../config/load.js";
import { reconcileEventHome, type HandlerDeps } from "./deps.js";

/** True when a push to the default branch added or changed the config file. */
export function touchesConfig(payload: Context<"push">["payload"]): boolean {
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return false;
  return payload.commits.some((commit) =>
    [...(commit.added ?? []), ...(commit.modified ?? [])].includes(CONFIG_PATH),
  );
}

/**
 * A pushed config is acted on at once: a mistake is reported, a fix closes the report, and
 * a new learner's first due issue opens without waiting for the next scheduled run.
 */
export function onPush(deps: HandlerDeps) {
  return async (context: Context<"push">): Promise<void> => {
    if (!touchesConfig(context.payload)) return;
    await reconcileEventHome(context, deps);
  };
}
