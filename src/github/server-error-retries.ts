import { setTimeout as sleep } from "node:timers/promises";
import type { Octokit, OctokitOptions } from "@octokit/core";

/**
 * Statuses GitHub answers the same however often it is asked (Octokit's retry plugin's list),
 * and 429: a rate limit the throttling plugin gave up waiting for is not hammered here.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const RETRIES = 3;

/** The settings of Octokit's retry plugin, which this plugin takes over (see octokit.ts). */
interface RetrySettings {
  enabled?: boolean;
  retries?: number;
  doNotRetry?: number[];
  /** Milliseconds in a "second" of the waits (tests shorten them). */
  retryAfterBaseValue?: number;
}

/** GraphQL's answer to a query that failed on GitHub's side: worth asking again. */
function failedOnGitHub(response: { data?: unknown }): boolean {
  const { errors } = (response.data ?? {}) as { errors?: { message?: string }[] };
  return /Something went wrong while executing your query/.test(errors?.[0]?.message ?? "");
}

/**
 * Whether a request's failure may pass: GitHub's answer (or its absence, status 500) to a
 * request Octokit sent, not a refusal. An aborted request (no `request`) was meant to stop.
 */
function passing(error: unknown, doNotRetry: readonly number[]): boolean {
  const { status, request } = error as { status?: unknown; request?: unknown };
  return (
    request !== undefined &&
    typeof status === "number" &&
    status >= 400 &&
    !doNotRetry.includes(status)
  );
}

/**
 * Octokit's retry plugin without the Bottleneck limiter it builds for every request (with
 * the throttling plugin's, a tenth of the app's CPU: npm run bench). A request that failed
 * in passing (a 5xx, or no answer: status 500) is tried again after 1, 4 and 9 seconds, as
 * is a GraphQL query GitHub failed to execute (its last answer then fails as GraphQL errors
 * do). Rate limits are the throttling plugin's (octokit.ts). Settings are the plugin's,
 * under `serverErrorRetries`.
 */
export function serverErrorRetries(octokit: Octokit, options: OctokitOptions): void {
  const settings = (options.serverErrorRetries ?? {}) as RetrySettings;
  if (settings.enabled === false) return;
  const retries = settings.retries ?? RETRIES;
  const doNotRetry = settings.doNotRetry ?? DO_NOT_RETRY;
  const second = settings.retryAfterBaseValue ?? 1_000;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      const wait = (attempt + 1) ** 2;
      try {
        const response = await request(requestOptions);
        if (attempt >= retries || !failedOnGitHub(response)) return response;
      } catch (error) {
        if (!passing(error, doNotRetry) || attempt >= retries) throw error;
      }
      octokit.log.warn(
        `GitHub failed ${requestOptions.method} ${requestOptions.url}: retrying in ${wait}s (retry ${attempt + 1})`,
      );
      await sleep(wait * second);
    }
  });
}
