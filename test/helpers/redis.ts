import { Redis } from "ioredis";

/**
 * The Redis that queue-mode tests use: `REDIS_URL`, which `.ci/run` sets to a server it
 * starts. Without it (a developer's machine) those tests are skipped, saying why; in CI a
 * missing Redis is an error, never a silent skip.
 */
const REDIS_URL = process.env.REDIS_URL;

if (!REDIS_URL && process.env.CI) {
  throw new Error("CI is set but REDIS_URL is not: .ci/run starts a Redis for the queue tests");
}

export const NO_REDIS = !REDIS_URL;

export function reportSkip(file: string): void {
  if (NO_REDIS) {
    console.warn(`${file}: skipped, REDIS_URL is not set (bash .ci/run starts a Redis server)`);
  }
}

/**
 * The URL of one logical database, emptied: each test file takes its own number, so files
 * running side by side never share a queue.
 */
export async function freshDatabase(db: number): Promise<string> {
  const url = new URL(REDIS_URL ?? "redis://127.0.0.1:6379");
  url.pathname = `/${db}`;
  const redis = new Redis(url.toString());
  await redis.flushdb();
  await redis.quit();
  return url.toString();
}
