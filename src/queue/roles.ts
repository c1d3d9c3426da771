import type { Logger } from "pino";
import type { Probot } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { Health } from "../observe/health.js";
import type { CheckpointQueue } from "./cluster.js";

/** What one process does in queue mode: `all` (the default), only `web`hooks, or only `worker`. */
export type Role = "all" | "web" | "worker";
const ROLES: readonly Role[] = ["all", "web", "worker"];

/** `CHECKPOINT_ROLE`; a role other than `all` needs `REDIS_URL`, as only a queue can split the work. */
export function roleFromEnv(env: NodeJS.ProcessEnv): Role {
  const text = env.CHECKPOINT_ROLE?.trim() || "all";
  const role = ROLES.find((known) => known === text);
  if (!role) throw new Error(`CHECKPOINT_ROLE="${text}" is not one of ${ROLES.join(", ")}`);
  if (role !== "all" && !env.REDIS_URL) {
    throw new Error(
      `CHECKPOINT_ROLE=${role} needs REDIS_URL: roles share their work through Redis`,
    );
  }
  return role;
}

/**
 * The worker's half of a replica: takes jobs from the queue and keeps the cluster's schedule
 * (every replica sets the same one; BullMQ keeps one).
 */
export async function startQueueWork(params: {
  queue: CheckpointQueue;
  probot: Probot;
  log: Logger;
  identity: AppIdentity;
  clock: () => Date;
  schedule: string | undefined;
  health?: Health;
}): Promise<void> {
  const { queue, schedule, ...worker } = params;
  queue.startWorker(worker);
  await queue.applySchedule(schedule);
  params.log.info({ schedule: schedule ?? "off" }, "cluster schedule set");
}
