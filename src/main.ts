import { run } from "probot";
import { loadDotEnv } from "./config/dotenv.js";
import { CheckpointOctokit } from "./github/octokit.js";
import checkpoint from "./index.js";
import { createLogger } from "./logging/logger.js";

// `npm start`: Probot's own server and first-run setup, with Checkpoint's redacting
// logger and rate-limit-retrying Octokit. Every standard Probot variable applies.
loadDotEnv();
const log = await createLogger();
const server = await run(checkpoint, { log, Octokit: CheckpointOctokit });

// The logger writes through an asynchronous stream: its last lines need a moment to leave.
const FLUSH_MS = 250;

const exit = (code: number) => setTimeout(() => process.exit(code), FLUSH_MS);

process.once("SIGTERM", () => {
  log.info("SIGTERM received, stopping");
  server.stop().then(
    () => exit(0),
    (error: unknown) => {
      log.error({ err: error }, "stopping the server failed");
      exit(1);
    },
  );
});
