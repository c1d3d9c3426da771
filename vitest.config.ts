import { defineConfig } from "vitest/config";

/** Compiles the entry points tests start as processes: once per project run, so not at the root. */
const GLOBAL_SETUP = ["test/global-setup.ts"];
/**
 * Three worker processes and two command lines against one Redis, 200 learners with real
 * write spacing: a minute on its own, so `npm run test:cluster` runs it (and CI, after
 * `npm test`).
 */
const CLUSTER = ["test/queue/cluster.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    // Tests share nock's global interceptors, so files run in separate forks: one per core
    // (vitest's default leaves one core to itself, which on two cores halves the speed).
    pool: "forks",
    maxWorkers: "100%",
    testTimeout: 20_000,
    // Tests drive the app directly; the in-process scheduler stays off.
    env: { TZ: "UTC", LOG_LEVEL: "silent", CHECKPOINT_SCHEDULE: "off" },
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          globalSetup: GLOBAL_SETUP,
          include: ["test/**/*.test.ts"],
          exclude: CLUSTER,
          // A fork keeps its imports (Probot, Octokit, zod) from one file to the next: about
          // half of the suite's time was importing them again for each of 100 files. Every
          // file still cleans nock and its own state after each test (test/setup.ts).
          isolate: false,
        },
      },
      { extends: true, test: { name: "cluster", globalSetup: GLOBAL_SETUP, include: CLUSTER } },
    ],
  },
});
