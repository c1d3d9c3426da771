import { pino } from "pino";
import { createProbot } from "probot";
import { CheckpointOctokit } from "../../src/github/octokit.js";

/*
 * A process of its own for probot-redis.test.ts: Probot with REDIS_URL (and the app's
 * credentials) from the environment, as `npm start` gets them, asks for installation 1000's
 * repositories and prints their names. Octokit's throttling makes its limiters once per
 * process, on the first client's Redis: a test process that made clients before could not
 * show where they go.
 */
const probot = createProbot({
  env: process.env,
  overrides: { log: pino({ level: "silent" }), Octokit: CheckpointOctokit },
});
const octokit = await probot.auth(1000);
const { data } = await octokit.rest.apps.listReposAccessibleToInstallation();
console.log(JSON.stringify(data.repositories.map((repository) => repository.name)));
// Probot's Redis connection would keep the process alive.
process.exit(0);
