import { Redis } from "ioredis";
import type { SharedMemory } from "../memory/shared-memory.js";

/** Every key Checkpoint keeps in Redis outside BullMQ's own starts with this. */
const PREFIX = "checkpoint:";

/**
 * A connection to `REDIS_URL`. BullMQ's workers block on Redis and need commands that wait
 * through a reconnect rather than fail after a few tries.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** The memory every replica shares: quiet hours and permission answers, with Redis's own expiry. */
export class RedisMemory implements SharedMemory {
  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(PREFIX + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(PREFIX + key, value, "PX", Math.max(1, Math.round(ttlMs)));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }
}

/** The key of a learner's lease: see lease.ts. */
export function leaseKey(learner: string): string {
  return `${PREFIX}lease:${learner.toLowerCase()}`;
}
