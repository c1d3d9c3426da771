import { parseArgs } from "node:util";
import { createAppClient } from "../../github/app-client.js";
import { AppIdentity } from "../../github/app-identity.js";
import { writeAccessCheck } from "../../github/permissions.js";
import { scheduledRun } from "../../scheduler/scheduled-run.js";
import { CheckpointQueue, queueSettingsFromEnv } from "../../queue/cluster.js";
import { createLogger } from "../../logging/logger.js";
import { parseInstant } from "../../domain/week/time.js";
import { EXIT, UsageError, type Io } from "../io.js";

export const runHelp = `Usage: checkpoint run --at <ISO-8601 instant | now> [--dry-run]

Performs once every scheduled action due at that instant for every installation
(the same code path as the in-process scheduler) and exits. Prints one line per
learner. --dry-run writes nothing. Needs the app's credentials in the environment
(APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH; GHE_HOST and GHE_PROTOCOL for GitHub
Enterprise Server). With REDIS_URL set, the run is queued for the cluster's
workers instead, and this waits for them. Exits 1 when any learner failed.`;

const AT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The `--at` option: `now`, or an ISO-8601 instant with a date, a time and an offset or Z
 * (never a guess at the zone), on a day that exists (domain/week's reading refuses Feb 30).
 */
export function parseAtOption(text: string | undefined): Date {
  if (!text) throw new UsageError("--at is required");
  // The command line is the edge where "now" may be read.
  if (text === "now") return new Date();
  const refused = new UsageError(
    `--at must be an ISO-8601 instant such as 2025-11-24T09:00:00Z, not "${text}"`,
  );
  if (!AT_SHAPE.test(text)) throw refused;
  try {
    return parseInstant(text).toJSDate();
  } catch {
    throw refused;
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { at: { type: "string" }, "dry-run": { type: "boolean", default: false } },
    strict: true,
  });
  const at = parseAtOption(values.at);
  const dryRun = values["dry-run"];
  const outcomes = io.env.REDIS_URL
    ? await runOnCluster(io.env.REDIS_URL, at, dryRun)
    : await runHere(io.env, at, dryRun);
  for (const outcome of outcomes) io.out(`${outcome.home}: ${outcome.status} (${outcome.detail})`);
  io.out(
    `${outcomes.length} learner${outcomes.length === 1 ? "" : "s"}${values["dry-run"] ? ", dry run: nothing written" : ""}`,
  );
  return outcomes.some((outcome) => outcome.status === "failed") ? EXIT.problems : EXIT.ok;
}

async function runHere(env: NodeJS.ProcessEnv, at: Date, dryRun: boolean) {
  const log = await createLogger({ env: { LOG_LEVEL: "warn", ...env } });
  const probot = createAppClient(env, log);
  return scheduledRun({
    probot,
    log,
    now: at,
    dryRun,
    identity: new AppIdentity(() => probot.auth()),
    canWrite: writeAccessCheck(),
    concurrency: queueSettingsFromEnv(env).concurrency,
  });
}

/** The cluster's workers do the run; with none running it would wait forever, so it refuses. */
async function runOnCluster(url: string, at: Date, dryRun: boolean) {
  const queue = CheckpointQueue.connect(url, queueSettingsFromEnv({}));
  try {
    const { workers } = await queue.status();
    if (workers === 0) {
      throw new Error(
        "no worker is connected to REDIS_URL: start one (npm start, CHECKPOINT_ROLE=all or worker)",
      );
    }
    return await queue.runTick(at, dryRun);
  } finally {
    await queue.close();
  }
}
