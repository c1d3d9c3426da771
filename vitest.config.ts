import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // Tests share nock's global interceptors, so files run in separate forks.
    pool: "forks",
    testTimeout: 20_000,
    // Tests drive the app directly; the in-process scheduler stays off.
    env: { TZ: "UTC", LOG_LEVEL: "silent", CHECKPOINT_SCHEDULE: "off" },
  },
});
