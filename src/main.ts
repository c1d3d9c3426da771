import { createServer } from "node:http";
import { run } from "probot";
import { loadDotEnv } from "./config/dotenv.js";
import { createAppClient } from "./github/app-client.js";
import { AppIdentity } from "./github/app-identity.js";
import { CheckpointOctokit } from "./github/octokit.js";
import { checkpointApp } from "./index.js";
import { createLogger } from "./logging/logger.js";
import { observeHandler } from "./observe/endpoints.js";
import { Health } from "./observe/health.js";
import { CheckpointQueue, queueSettingsFromEnv } from "./queue/cluster.js";
import { roleFromEnv, startQueueWork } from "./queue/roles.js";
import { scheduleFromEnv } from "./scheduler/cron.js";

// `npm start`: Probot's own server and first-run setup, with Checkpoint's redacting logger
// and rate-limit-retrying Octokit; with REDIS_URL, one replica of a cluster in the role
// CHECKPOINT_ROLE names. Every standard Probot variable applies.
loadDotEnv();
const env = process.env;
const log = await createLogger();
const role = roleFromEnv(env);
const queue = env.REDIS_URL
  ? CheckpointQueue.connect(env.REDIS_URL, queueSettingsFromEnv(env))
  : undefined;

let stop: () => Promise<void>;
if (queue && role === "worker") {
  // No webhooks here: the app's credentials are all a worker needs, and its server answers
  // only GET /healthz and /metrics.
  const probot = createAppClient(env, log);
  const clock = () => new Date();
  const schedule = scheduleFromEnv(env);
  const health = new Health({
    memory: queue.memory,
    schedule,
    clock,
    redisUp: () => queue.redisUp(),
  });
  await startQueueWork({
    queue,
    probot,
    log,
    identity: new AppIdentity(() => probot.auth()),
    clock,
    schedule,
    health,
  });
  const observe = observeHandler(health);
  const server = createServer((request, response) => {
    observe(request, response).then(
      (handled) => {
        if (!handled) response.writeHead(404).end();
      },
      (error: unknown) => {
        log.error({ err: error }, "health endpoint failed");
        if (!response.headersSent) response.writeHead(500);
        response.end();
      },
    );
  });
  server.on("error", (error) => log.error({ err: error }, "health server failed"));
  server.listen(Number(env.PORT ?? 3000), env.HOST ?? "localhost");
  stop = async () => {
    server.close();
    await queue.close();
  };
} else {
  const app = checkpointApp({ ...(queue ? { queue } : {}), worker: role === "all" });
  const server = await run(app, { log, Octokit: CheckpointOctokit });
  stop = async () => {
    await server.stop();
    await queue?.close();
  };
}

// The logger writes through an asynchronous stream: its last lines need a moment to leave.
const FLUSH_MS = 250;

const exit = (code: number) => setTimeout(() => process.exit(code), FLUSH_MS);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // Active jobs finish first; new ones wait in Redis for another replica.
    log.info(`${signal} received, stopping`);
    stop().then(
      () => exit(0),
      (error: unknown) => {
        log.error({ err: error }, "stopping failed");
        exit(1);
      },
    );
  });
}
