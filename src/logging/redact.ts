/**
 * Probot's logger does not redact, and a token can hide anywhere: an error message, a
 * request URL, a serialized header. So besides pino's field paths, every log line is
 * scrubbed as text just before it is written.
 */

export const REDACTED = "[REDACTED]";

/** Field paths pino removes before serializing. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "privateKey",
  "*.privateKey",
  "secret",
  "*.secret",
  "webhookSecret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
  'headers["x-hub-signature-256"]',
  '*.headers["x-hub-signature-256"]',
];

const PATTERNS: RegExp[] = [
  // GitHub tokens: installation (ghs_), OAuth (gho_), user-to-server (ghu_), personal (ghp_, github_pat_), refresh (ghr_).
  /\bgh[opsur]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  // JSON Web Tokens, such as the app's own JWT.
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // PEM private keys, raw or with JSON-escaped newlines.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  // "Authorization: token …" / "bearer …" however it was serialized.
  /((?:token|bearer)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  // Webhook signatures.
  /sha256=[a-f0-9]{64}/g,
];

/** Secrets named in the environment, short ones apart (they would scrub ordinary words). */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return [env.WEBHOOK_SECRET, env.PRIVATE_KEY, env.GITHUB_TOKEN]
    .filter((value): value is string => typeof value === "string" && value.length >= 8)
    .flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]);
}

/** Replaces every token, key and known secret in a serialized log line. */
export function scrub(line: string, secrets: readonly string[] = []): string {
  let result = line;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  for (const pattern of PATTERNS) {
    result = result.replace(pattern, (_match, prefix?: string) =>
      typeof prefix === "string" ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return result;
}
