import { createProbot, type Probot } from "probot";
import type { Logger } from "pino";
import { CheckpointOctokit } from "./octokit.js";

/**
 * The app's client for code paths without a webhook (the CLI, the scheduler): the same
 * Probot environment as the server (`APP_ID`, `PRIVATE_KEY`/`PRIVATE_KEY_PATH`,
 * `GHE_HOST`/`GHE_PROTOCOL`, …) and the same Octokit.
 */
export function createAppClient(env: NodeJS.ProcessEnv, log: Logger): Probot {
  if (!env.APP_ID) throw new Error("APP_ID is not set: the app's ID from its settings page");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) {
    throw new Error("PRIVATE_KEY or PRIVATE_KEY_PATH is not set: the app's private key");
  }
  return createProbot({ env, overrides: { log, Octokit: CheckpointOctokit } });
}
