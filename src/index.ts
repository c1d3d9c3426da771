import type { ApplicationFunctionOptions, Probot } from "probot";
import { AppIdentity } from "./github/app-identity.js";
import { LocalMemory } from "./memory/shared-memory.js";
import { writeAccessCheck } from "./github/permissions.js";
import type { HandlerDeps } from "./handlers/deps.js";
import { onInstallationChange } from "./handlers/installation.js";
import { onIssueComment } from "./handlers/issue-comment.js";
import { onIssueChange } from "./handlers/issues.js";
import { onPush } from "./handlers/push.js";
import { LearnerLanes } from "./jobs/lanes.js";
import { scheduledRun } from "./scheduler/scheduled-run.js";
import { observeHandler, tickDone } from "./observe/endpoints.js";
import { Health } from "./observe/health.js";
import { webhooksReceived } from "./observe/metrics.js";
import { queueSettingsFromEnv, type CheckpointQueue } from "./queue/cluster.js";
import { startQueueWork } from "./queue/roles.js";
import { scheduleFromEnv, startScheduler } from "./scheduler/cron.js";
import { NextWeeks } from "./scheduler/next-weeks.js";
import { QuietHours } from "./scheduler/quiet-hours.js";
import { Retries, type Timer } from "./handlers/retries.js";

export interface CheckpointOptions {
  /** "Now", for handlers and the scheduler; tests pass a fixed one. */
  clock?: () => Date;
  /** Who the app is; by default asked of GitHub once. */
  identity?: (app: Probot) => AppIdentity;
  /** How a failed webhook pass waits for its retry; tests pass one they drive. */
  retryTimer?: Timer;
  /** Where `CHECKPOINT_SCHEDULE` is read; the process's environment by default. */
  env?: NodeJS.ProcessEnv;
  /** Queue mode (`REDIS_URL`): webhooks enqueue passes on this queue instead of running them. */
  queue?: CheckpointQueue;
  /** In queue mode, whether this process also works jobs and keeps the schedule (role `all`). */
  worker?: boolean;
}

/**
 * The Probot app: registers the webhook handlers and starts the scheduler, in this process
 * or, in queue mode, on the cluster. Wiring only; behaviour lives in handlers/, jobs/ and domain/.
 */
export function checkpointApp(options: CheckpointOptions = {}) {
  return async (app: Probot, probotOptions?: ApplicationFunctionOptions): Promise<void> => {
    const { queue } = options;
    const deps: HandlerDeps = {
      identity: options.identity?.(app) ?? new AppIdentity(() => app.auth()),
      canWrite: queue?.writeAccessCheck() ?? writeAccessCheck(),
      lanes: new LearnerLanes(),
      clock: options.clock ?? (() => new Date()),
      retries: new Retries(app.log.child({ name: "retries" }), options.retryTimer),
      ...(queue ? { queue } : {}),
    };
    const quiet = queue?.quietHours() ?? new QuietHours();
    const nextWeeks = new NextWeeks();

    app.on("push", onPush(deps));
    app.on(["installation.created", "installation_repositories.added"], onInstallationChange(deps));
    app.on(
      ["issue_comment.created", "issue_comment.edited", "issue_comment.deleted"],
      onIssueComment(deps),
    );
    app.on(
      ["issues.edited", "issues.closed", "issues.reopened", "issues.unlabeled"],
      onIssueChange(deps),
    );
    // Anything a learner does may change what is due: the scheduler looks again next tick.
    app.on(["push", "issue_comment", "issues", "installation_repositories"], async (context) => {
      if (context.payload.installation) await quiet.wake(context.payload.installation.id);
    });

    const env = options.env ?? process.env;
    const expression = scheduleFromEnv(env);
    const health = new Health({
      memory: queue?.memory ?? new LocalMemory(),
      schedule: expression,
      clock: deps.clock,
      ...(queue ? { redisUp: () => queue.redisUp() } : {}),
    });
    // GET /healthz and /metrics beside the webhooks. A Probot loaded without a server (tests,
    // createNodeMiddleware) has nowhere to add them, and says so by throwing.
    try {
      probotOptions?.addHandler(observeHandler(health));
    } catch {
      app.log.debug("no server: /healthz and /metrics are not served");
    }
    app.onAny(async (context) => {
      webhooksReceived.inc({ event: context.name, outcome: "received" });
    });
    app.onError(async (error) => {
      webhooksReceived.inc({ event: error.event?.name ?? "unknown", outcome: "failed" });
    });

    if (queue) {
      if (options.worker === false) return;
      await startQueueWork({
        queue,
        probot: app,
        log: app.log,
        identity: deps.identity,
        clock: deps.clock,
        schedule: expression,
        health,
      });
      return;
    }
    if (expression) {
      startScheduler({
        expression,
        log: app.log.child({ name: "scheduler" }),
        tick: async (now) => {
          const started = deps.clock();
          const outcomes = await scheduledRun({
            probot: app,
            log: app.log,
            now,
            dryRun: false,
            quiet,
            nextWeeks,
            concurrency: queueSettingsFromEnv(env).concurrency,
            ...deps,
          });
          const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
          app.log.info({ learners: outcomes.length, failed }, "scheduled run done");
          const finished = deps.clock();
          await tickDone(
            health,
            outcomes,
            (finished.getTime() - started.getTime()) / 1000,
            finished,
          );
        },
      });
    }
  };
}

export default checkpointApp();
