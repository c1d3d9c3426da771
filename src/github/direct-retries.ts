import { setTimeout as sleep } from "node:timers/promises";

/** What Octokit's throttling tells its retry limiter of a failed request. */
interface FailedInfo {
  args: unknown[];
  retryCount: number;
}

/** Octokit's throttling answers a failure with the milliseconds to wait before a retry, or nothing. */
type FailedListener = (error: unknown, info: FailedInfo) => unknown;

/**
 * The retry limiter of Octokit's throttling plugin (its `throttle.retryLimiter`), without
 * its queue. The plugin sends every request through a Bottleneck limiter so that it can
 * retry one GitHub refused for a rate limit; Bottleneck runs each job through timers and
 * promises of its own (with the retry plugin's limiters, a tenth of the app's CPU: npm run
 * bench). This runs the request at once and, when the plugin's "failed" listener answers a
 * wait, waits that long and runs it again: the rate-limit handling (which failures, how long,
 * how many times) stays the plugin's and octokit.ts's. One per client, as the plugin keeps
 * one listener per client.
 */
export function directRetries() {
  let failed: FailedListener | undefined;
  return {
    on(event: string, listener: FailedListener): void {
      if (event === "failed") failed = listener;
    },
    async schedule<T>(job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      for (let retryCount = 0; ; retryCount += 1) {
        try {
          return await job(...args);
        } catch (error) {
          const listener = failed;
          if (!listener) throw error;
          // As Bottleneck does, a listener that throws (the plugin reads the answer's headers,
          // and a request that got no answer has none) asks for no retry: the error stands.
          const wait: unknown = await Promise.resolve()
            .then(() => listener(error, { args, retryCount }))
            .catch(() => undefined);
          if (typeof wait !== "number") throw error;
          await sleep(wait);
        }
      }
    },
  };
}
