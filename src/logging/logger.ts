import { getTransformStream } from "@probot/pino";
import { pino, type DestinationStream, type Logger } from "pino";
import { readFileSync } from "node:fs";
import { REDACTED, REDACTED_PATHS, scrubber, secretsFromEnv } from "./redact.js";

export interface LoggerOptions {
  env?: NodeJS.ProcessEnv;
  /** Where lines go; by default Probot's pretty/JSON transform onto stdout. */
  destination?: DestinationStream;
}

/** As Probot decides: `LOG_FORMAT` if set, else JSON in production and pretty elsewhere. */
function logFormat(env: NodeJS.ProcessEnv): "json" | "pretty" {
  if (env.LOG_FORMAT) return env.LOG_FORMAT === "pretty" ? "pretty" : "json";
  return env.NODE_ENV === "production" ? "json" : "pretty";
}

/**
 * The one logger of the app: Probot's format settings (`LOG_LEVEL`, `LOG_FORMAT`,
 * `LOG_LEVEL_IN_STRING`, `LOG_MESSAGE_KEY`, `SENTRY_DSN`) with redaction added.
 */
export async function createLogger(options: LoggerOptions = {}): Promise<Logger> {
  const env = options.env ?? process.env;
  let destination = options.destination;
  if (!destination) {
    const transform = await getTransformStream({
      logFormat: logFormat(env),
      logLevelInString: env.LOG_LEVEL_IN_STRING === "true",
      sentryDsn: env.SENTRY_DSN,
    });
    // SonicBoom is a writable stream; pino's types just do not say so.
    transform.pipe(pino.destination(1) as unknown as NodeJS.WritableStream);
    destination = transform;
  }
  return pino(loggerOptions(env), destination);
}

/**
 * The logger's settings: level and message key from the environment, field paths removed,
 * and every line scrubbed of the secrets the environment names. Tests build their loggers
 * from the same settings, so every line the suite writes goes through the same scrubbing.
 */
export function loggerOptions(env: NodeJS.ProcessEnv): pino.LoggerOptions {
  const scrub = scrubber(secretsFromEnv(env, readKeyFile));
  return {
    name: "checkpoint",
    level: env.LOG_LEVEL ?? "info",
    messageKey: env.LOG_MESSAGE_KEY ?? "msg",
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    hooks: { streamWrite: scrub },
  };
}

/** The key file PRIVATE_KEY_PATH names, to know its lines; Probot reports a missing one itself. */
function readKeyFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
