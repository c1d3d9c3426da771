import { join } from "node:path";

/**
 * Loads `.env` from `cwd` into the environment, as Probot does, but early enough for the
 * logger to see `LOG_LEVEL` and the secrets it must redact. Variables already set win.
 */
export function loadDotEnv(cwd: string = process.cwd()): void {
  try {
    process.loadEnvFile(join(cwd, ".env"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
