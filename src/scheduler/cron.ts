import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";

/** Hourly, a few minutes past the hour, away from the top-of-the-hour rush on GitHub's API. */
export const DEFAULT_SCHEDULE = "7 * * * *";
/** The variable that sets the schedule; `off` leaves scheduling to an external `checkpoint run`. */
const SCHEDULE_VARIABLE = "CHECKPOINT_SCHEDULE";

export type Tick = (now: Date) => Promise<void>;

/**
 * The schedule the environment asks for: a cron expression, the default when unset, or
 * undefined for `off`. A malformed expression is an error naming the variable, at start-up,
 * rather than a scheduler that silently never fires.
 */
export function scheduleFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env[SCHEDULE_VARIABLE]?.trim() || DEFAULT_SCHEDULE;
  if (value === "off") return undefined;
  const { valid, errors } = cron.validateDetailed(value);
  if (!valid) {
    const reasons = errors.map((error) => `${error.field}: ${error.message}`).join("; ");
    throw new Error(`${SCHEDULE_VARIABLE}="${value}" is not a cron expression (${reasons})`);
  }
  return value;
}

/**
 * Calls `tick` on the schedule with the instant it fired for. A tick still running when
 * the next one is due makes that one skip (the next catches up, as the reconciler is
 * idempotent); a failing tick is logged and the schedule goes on.
 */
export function startScheduler(params: {
  expression: string;
  log: Logger;
  tick: Tick;
}): ScheduledTask {
  const { expression, log, tick } = params;
  const task = cron.schedule(
    expression,
    async (context) => {
      try {
        await tick(context.date);
      } catch (error) {
        log.error({ err: error }, "scheduled run failed");
      }
    },
    { name: "checkpoint", noOverlap: true },
  );
  task.on("execution:overlap", () =>
    log.warn("previous scheduled run still going; skipping this one"),
  );
  log.info({ expression, next: task.getNextRun()?.toISOString() }, "scheduler started");
  return task;
}
