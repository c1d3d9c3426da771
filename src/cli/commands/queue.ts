import { parseArgs } from "node:util";
import { CheckpointQueue, queueSettingsFromEnv, type QueueStatus } from "../../queue/cluster.js";
import { EXIT, UsageError, type Io } from "../io.js";

export const queueHelp = `Usage: checkpoint queue [--retry-failed]

Shows the cluster's queue at REDIS_URL: jobs waiting, running, delayed and failed
(with the last errors), workers connected and when the next tick is due.
--retry-failed puts every failed job back in line. Exits 1 when jobs have failed.`;

export async function queue(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { "retry-failed": { type: "boolean", default: false } },
    strict: true,
  });
  const url = io.env.REDIS_URL;
  if (!url) throw new UsageError("REDIS_URL is not set: there is no queue without Redis");
  const cluster = CheckpointQueue.connect(url, queueSettingsFromEnv({}));
  try {
    if (values["retry-failed"]) {
      const count = await cluster.retryFailed();
      io.out(`${count} failed job${count === 1 ? "" : "s"} back in line`);
      return EXIT.ok;
    }
    const status = await cluster.status();
    for (const line of statusLines(status)) io.out(line);
    return status.failed > 0 ? EXIT.problems : EXIT.ok;
  } finally {
    await cluster.close();
  }
}

/** The queue as a person reads it: counts first, then what failed and why. */
function statusLines(status: QueueStatus): string[] {
  const lines = [
    `waiting ${status.waiting}, active ${status.active}, delayed ${status.delayed}, failed ${status.failed}` +
      (status.fanningOut > 0 ? `, ${status.fanningOut} waiting for their learners` : ""),
    `workers connected: ${status.workers}`,
    `next tick: ${status.nextTick?.toISOString() ?? "none scheduled (CHECKPOINT_SCHEDULE=off?)"}`,
  ];
  if (status.recentFailures.length > 0) {
    lines.push("", "last failures:");
    for (const failure of status.recentFailures) {
      const when = failure.failedAt ? ` at ${failure.failedAt.toISOString()}` : "";
      lines.push(`  ${failure.name} ${failure.id}${when}: ${failure.reason}`);
    }
    lines.push("", "checkpoint queue --retry-failed puts them back in line.");
  }
  return lines;
}
