import { generateKeyPairSync } from "node:crypto";
import { Writable } from "node:stream";
import { pino, type Logger } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { checkpointApp } from "../../src/index.js";

/** The app's bot login in every test: what GitHub shows as the author of what Checkpoint writes. */
export const BOT = "checkpoint[bot]";

/** A throwaway RSA key, so tests never carry a real one. */
export const TEST_PRIVATE_KEY = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
}).privateKey;

/** A logger whose lines the test can read. */
export function captureLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: "trace" }, stream), lines };
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
    secret: "test-secret",
    Octokit: TestOctokit,
    log,
  });
  probot.load(checkpointApp({ clock: now, identity: () => AppIdentity.known(BOT) }));
  return probot;
}
