import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_LOCK_MS,
  queueSettingsFromEnv,
} from "../../src/queue/cluster.js";
import { roleFromEnv } from "../../src/queue/roles.js";

describe("CHECKPOINT_ROLE", () => {
  it("is all by default, and web or worker only with a Redis to share the work", () => {
    expect(roleFromEnv({})).toBe("all");
    expect(roleFromEnv({ CHECKPOINT_ROLE: " worker ", REDIS_URL: "redis://r" })).toBe("worker");
    expect(roleFromEnv({ CHECKPOINT_ROLE: "web", REDIS_URL: "redis://r" })).toBe("web");
    expect(() => roleFromEnv({ CHECKPOINT_ROLE: "worker" })).toThrow(
      "CHECKPOINT_ROLE=worker needs REDIS_URL",
    );
    expect(() => roleFromEnv({ CHECKPOINT_ROLE: "scheduler", REDIS_URL: "redis://r" })).toThrow(
      'CHECKPOINT_ROLE="scheduler" is not one of all, web, worker',
    );
  });
});

describe("queue settings", () => {
  it("take whole numbers from the environment and refuse anything else by name", () => {
    expect(queueSettingsFromEnv({})).toEqual({
      concurrency: DEFAULT_CONCURRENCY,
      lockMs: DEFAULT_LOCK_MS,
    });
    expect(
      queueSettingsFromEnv({ CHECKPOINT_CONCURRENCY: "4", CHECKPOINT_LOCK_MS: "5000" }),
    ).toEqual({ concurrency: 4, lockMs: 5000 });
    expect(() => queueSettingsFromEnv({ CHECKPOINT_CONCURRENCY: "0" })).toThrow(
      'CHECKPOINT_CONCURRENCY="0" is not a positive whole number',
    );
    expect(() => queueSettingsFromEnv({ CHECKPOINT_LOCK_MS: "30s" })).toThrow("CHECKPOINT_LOCK_MS");
  });
});
