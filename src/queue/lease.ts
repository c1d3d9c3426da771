import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Lanes } from "../jobs/lanes.js";
import { leaseKey } from "./redis.js";

/** Gives the lease back only if it is still ours: it may have expired and gone to another. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;
/** Extends the lease only if it is still ours. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) end return 0`;

export interface LeaseTiming {
  /** How long a lease outlives a holder that stopped renewing it (a killed replica). */
  ttlMs: number;
  /** How long to wait for a busy learner before the job fails and is retried later. */
  maxWaitMs: number;
  /** How often a waiting worker asks again. */
  pollMs: number;
}

/**
 * One learner worked on by one worker at a time, across every replica: a lease in Redis
 * (SET NX with an expiry), renewed while the work runs and given back when it ends. A
 * replica that dies holds it for at most `ttlMs`. Work that finds the lease taken waits
 * for it: a webhook's pass and the tick's pass over the same learner run one after the other.
 */
export class RedisLanes implements Lanes {
  constructor(
    private readonly redis: Redis,
    private readonly timing: LeaseTiming,
  ) {}

  async run<T>(learner: string, work: () => Promise<T>): Promise<T> {
    const key = leaseKey(learner);
    const token = randomUUID();
    await this.#acquire(key, token, learner);
    const renewal = setInterval(() => {
      void this.redis.eval(RENEW, 1, key, token, this.timing.ttlMs).catch(() => undefined);
    }, this.timing.ttlMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  async #acquire(key: string, token: string, learner: string): Promise<void> {
    const giveUpAt = Date.now() + this.timing.maxWaitMs;
    for (;;) {
      const taken = await this.redis.set(key, token, "PX", this.timing.ttlMs, "NX");
      if (taken === "OK") return;
      if (Date.now() >= giveUpAt) throw new Error(`${learner} is busy in another worker`);
      await new Promise((resolve) => setTimeout(resolve, this.timing.pollMs));
    }
  }
}
