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
  // No word boundary before them: in a URL-encoded "%3Aghs_…" the token follows a letter.
  /gh[opsur]_[A-Za-z0-9]{20,}/g,
  /github_pat_[A-Za-z0-9_]{20,}/g,
  // JSON Web Tokens, such as the app's own JWT.
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // PEM private keys, raw or with JSON-escaped newlines.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  // "Authorization: token …" / "bearer …" / "basic …" however it was serialized.
  /((?:token|bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  // Webhook signatures.
  /sha256=[a-f0-9]{64}/g,
];

/** A PEM key's body lines (base64), each of which alone gives part of the key away. */
function keyLines(pem: string): string[] {
  return pem
    .split(/\r?\n|\\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 16 && !line.startsWith("-----"));
}

/**
 * Secrets named in the environment: the webhook secret, the token, and the private key,
 * whole (raw and JSON-escaped) and line by line (a key's body can be logged without its
 * BEGIN and END lines). `readKey` reads PRIVATE_KEY_PATH's file, where the key is given so.
 */
export function secretsFromEnv(
  env: NodeJS.ProcessEnv,
  readKey: (path: string) => string | undefined = () => undefined,
): string[] {
  const key = env.PRIVATE_KEY ?? (env.PRIVATE_KEY_PATH ? readKey(env.PRIVATE_KEY_PATH) : undefined);
  const whole = [env.WEBHOOK_SECRET, key, env.GITHUB_TOKEN].filter(
    (value): value is string => typeof value === "string" && value.length > 0,
  );
  return [
    ...whole.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]),
    ...(key ? keyLines(key) : []),
  ];
}

/** Below this length a secret is only replaced where it stands alone, not inside words. */
const SHORT = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A function that replaces every token, key and known secret in a serialized log line,
 * its secrets prepared once: longest first, so a whole key goes before any of its lines.
 */
export function scrubber(secrets: readonly string[] = []): (line: string) => string {
  const replacers = [...secrets]
    .sort((a, b) => b.length - a.length)
    .map((secret) => {
      if (secret.length >= SHORT) return (line: string) => line.split(secret).join(REDACTED);
      const alone = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])`, "g");
      return (line: string) => line.replace(alone, REDACTED);
    });
  return (line) => {
    let result = line;
    for (const replace of replacers) result = replace(result);
    for (const pattern of PATTERNS) {
      result = result.replace(pattern, (_match, prefix?: string) =>
        typeof prefix === "string" ? `${prefix}${REDACTED}` : REDACTED,
      );
    }
    return result;
  };
}
