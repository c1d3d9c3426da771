import { ProbotOctokit } from "probot";
import { appJwts } from "./app-jwt.js";
import { directRetries } from "./direct-retries.js";
import { httpFetch } from "./http-fetch.js";
import { requestMetrics } from "./request-metrics.js";
import { serverErrorRetries } from "./server-error-retries.js";
import { spacedWrites, UNSPACED } from "./write-spacing.js";

/** How many times a rate-limited request is tried again before its job reports the failure. */
const RATE_LIMIT_RETRIES = 2;
/** Longer waits than this are not worth holding a scheduled run for; the next tick catches up. */
const LONGEST_RATE_LIMIT_WAIT_SECONDS = 120;

interface LimitedRequest {
  method: string;
  url: string;
}

function shouldRetry(kind: string) {
  return (
    retryAfter: number,
    request: LimitedRequest,
    octokit: InstanceType<typeof ProbotOctokit>,
    retryCount: number,
  ): boolean => {
    const retry = retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_RATE_LIMIT_WAIT_SECONDS;
    octokit.log.warn(
      `GitHub ${kind} rate limit hit by ${request.method} ${request.url}: ` +
        (retry ? `retrying in ${retryAfter}s (retry ${retryCount + 1})` : "giving up"),
    );
    return retry;
  };
}

/** Octokit's retry plugin's setting, off: one object, so a client built from another's options is known. */
const RETRY_OFF = { enabled: false };

/** The app's credentials with its key traded for a signer that parses it once (app-jwt.ts). */
function signingOnce(auth: unknown): unknown {
  const { privateKey, ...rest } = (auth ?? {}) as { privateKey?: unknown };
  return typeof privateKey === "string" ? { ...rest, createJwt: appJwts(privateKey) } : auth;
}

type RequestOptions = NonNullable<ConstructorParameters<typeof ProbotOctokit>[0]>["request"];

/** Octokit's request options with httpFetch as its fetch, unless another is given. */
function requestOptions(given: RequestOptions = {}): RequestOptions {
  const fetch = given.fetch ?? httpFetch;
  // httpFetch's answers are read already, with JSON.parse (see http-fetch.ts). Decided for
  // the instance: a request given its own fetch must also give parseSuccessResponseBody.
  return fetch === httpFetch ? { ...given, fetch, parseSuccessResponseBody: false } : given;
}

/**
 * Probot's Octokit, throttled as GitHub asks and no more: writes one a second per
 * installation (write-spacing.ts), reads and GraphQL queries at once, unqueued, and rate
 * limits, primary and secondary, waited out for as long as GitHub's `retry-after` says
 * (Probot's default only logs a secondary limit, so a burst of writes would silently lose
 * issues and comments). Passing failures are retried (server-error-retries.ts).
 * Every request is counted for `/metrics` and sent through httpFetch (http-fetch.ts),
 * which reads its answer. The
 * app's JWTs are signed once a few minutes.
 */
export const CheckpointOctokit = ProbotOctokit.plugin(
  serverErrorRetries,
  spacedWrites,
  requestMetrics,
).defaults((options: ConstructorParameters<typeof ProbotOctokit>[0] = {}) => ({
  ...options,
  // Octokit's retry plugin is off; its settings go to serverErrorRetries, which replaces it.
  // Probot builds installation clients from a client's own options: those already hold
  // RETRY_OFF, and their settings for serverErrorRetries are kept.
  retry: RETRY_OFF,
  serverErrorRetries: options.retry === RETRY_OFF ? options.serverErrorRetries : options.retry,
  auth: signingOnce(options.auth),
  request: requestOptions(options.request),
  throttle: {
    ...options.throttle,
    // Octokit's own queues: all writes and every GraphQL query 1 s apart, issue and comment
    // creation 3 s apart. Replaced by spacedWrites.
    write: UNSPACED,
    notifications: UNSPACED,
    // Its queue for all other requests, ten at a time per installation: a pass reads one
    // request after another anyway, and GitHub asks no spacing of reads.
    global: UNSPACED,
    // Its retries of rate-limited requests, without running every request through a queue.
    retryLimiter: directRetries(),
    onRateLimit: shouldRetry("primary"),
    onSecondaryRateLimit: shouldRetry("secondary"),
  },
}));
