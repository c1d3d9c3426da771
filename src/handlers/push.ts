import type { Context } from "probot";
import { CONFIG_PATH, loadConfig } from "../config/load.js";
import { reportConfig } from "../jobs/report-config.js";

/** True when a push to the default branch added or changed the config file. */
export function touchesConfig(payload: Context<"push">["payload"]): boolean {
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return false;
  return payload.commits.some((commit) =>
    [...(commit.added ?? []), ...(commit.modified ?? [])].includes(CONFIG_PATH),
  );
}

/** A pushed config is checked at once, so a mistake is reported before the next weekly run. */
export async function onPush(context: Context<"push">): Promise<void> {
  if (!touchesConfig(context.payload)) return;
  const ref = context.repo();
  const loaded = await loadConfig({ octokit: context.octokit, ...ref });
  const outcome = await reportConfig({
    octokit: context.octokit,
    log: context.log,
    ref,
    branch: context.payload.repository.default_branch,
    serverUrl: new URL(context.payload.repository.html_url).origin,
    loaded,
  });
  context.log.info({ ...ref, outcome }, "checked pushed config");
}
