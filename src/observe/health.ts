import { CronExpressionParser } from "cron-parser";
import type { SharedMemory } from "../memory/shared-memory.js";

/** What the last scheduled run did, as `/healthz` reports it. */
export interface TickRecord {
  /** When it finished, an ISO instant. */
  at: string;
  learners: number;
  failed: number;
  seconds: number;
}

export interface HealthReport {
  status: "ok" | "overdue" | "redis unreachable";
  uptimeSeconds: number;
  schedule: string;
  lastTick?: TickRecord;
  /** When a tick should have happened by, if the schedule is on. */
  tickDueBy?: string;
  redis?: "ok" | "unreachable";
}

const LAST_TICK = "last-tick";
const KEEP_MS = 30 * 24 * 3_600_000;

/** The time between two fires of a cron expression, from the next two after `now`. */
function periodOf(expression: string, now: Date): number {
  const fires = CronExpressionParser.parse(expression, { currentDate: now });
  const first = fires.next().getTime();
  return fires.next().getTime() - first;
}

/**
 * The process's health: up since when, the cluster's last tick (kept in the shared memory,
 * so any replica can report the tick another ran), and Redis when configured. Unhealthy
 * when no tick has finished for more than two periods of the schedule.
 */
export class Health {
  readonly #startedAt: Date;

  constructor(
    private readonly params: {
      memory: SharedMemory;
      schedule: string | undefined;
      clock: () => Date;
      /** In queue mode: whether Redis answers. */
      redisUp?: () => Promise<boolean>;
    },
  ) {
    this.#startedAt = params.clock();
  }

  async recordTick(tick: TickRecord): Promise<void> {
    await this.params.memory.set(LAST_TICK, JSON.stringify(tick), KEEP_MS);
  }

  async report(): Promise<HealthReport> {
    const { schedule, clock, redisUp } = this.params;
    const now = clock();
    const redis: HealthReport["redis"] = redisUp
      ? (await redisUp())
        ? "ok"
        : "unreachable"
      : undefined;
    const stored = redis === "unreachable" ? undefined : await this.params.memory.get(LAST_TICK);
    const lastTick = stored ? (JSON.parse(stored) as TickRecord) : undefined;
    const base = {
      uptimeSeconds: Math.round((now.getTime() - this.#startedAt.getTime()) / 1000),
      schedule: schedule ?? "off",
      ...(lastTick ? { lastTick } : {}),
      ...(redis ? { redis } : {}),
    };
    if (redis === "unreachable") return { status: "redis unreachable", ...base };
    if (!schedule) return { status: "ok", ...base };
    // Counted from the last tick, or from start-up before the first.
    const since = lastTick ? new Date(lastTick.at) : this.#startedAt;
    const dueBy = new Date(since.getTime() + 2 * periodOf(schedule, since));
    return {
      status: now > dueBy ? "overdue" : "ok",
      ...base,
      tickDueBy: dueBy.toISOString(),
    };
  }
}
