import { generateKeyPairSync } from "node:crypto";
import { Writable } from "node:stream";
import { pino, type Logger } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { loggerOptions } from "../../src/logging/logger.js";
import { credentials, written } from "./log-lines.js";
import { checkpointApp } from "../../src/index.js";

/** The app's bot login in every test: what GitHub shows as the author of what Checkpoint writes. */
export const BOT = "checkpoint[bot]";

/** A throwaway RSA key, so tests never carry a real one. */
export const TEST_PRIVATE_KEY = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
}).privateKey;

/** The webhook secret of every test Probot. */
export const TEST_WEBHOOK_SECRET = "test-secret";

for (const line of TEST_PRIVATE_KEY.split("\n")) {
  if (line.length >= 16 && !line.startsWith("-----")) credentials.add(line);
}
credentials.add(TEST_WEBHOOK_SECRET);

/**
 * A logger whose lines the test can read, built with the app's own settings (scrubbing
 * included) for an environment that names the test credentials.
 */
export function captureLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      written.push(String(chunk));
      done();
    },
  });
  const env: NodeJS.ProcessEnv = {
    LOG_LEVEL: "trace",
    PRIVATE_KEY: TEST_PRIVATE_KEY,
    WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  };
  return { log: pino(loggerOptions(env), stream), lines };
}

/**
 * Octokit as the app uses it, without retries or throttling so nock answers are final and
 * writes are not spaced a second apart. A function, because Probot overrides plain defaults.
 */
export const TestOctokit = ProbotOctokit.defaults(
  (options: ConstructorParameters<typeof ProbotOctokit>[0] = {}) => ({
    ...options,
    retry: { enabled: false },
    throttle: { ...options.throttle, enabled: false },
  }),
);

/**
 * A Probot with Checkpoint loaded, talking to https://api.github.com (nock it), its bot
 * known as BOT and its clock at `now` (by default a fixed instant, never today).
 */
export function testProbot(
  log: Logger = captureLogger().log,
  now: () => Date = () => new Date("2025-11-26T12:00:00Z"),
): Probot {
  const probot = new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    secret: TEST_WEBHOOK_SECRET,
    Octokit: TestOctokit,
    log,
  });
  probot.load(checkpointApp({ clock: now, identity: () => AppIdentity.known(BOT) }));
  return probot;
}
