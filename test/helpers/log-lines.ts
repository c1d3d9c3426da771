/*
 * Every log line the tests' loggers write, and the test credentials none may contain:
 * test/setup.ts checks them after every test, so a line that bypasses the app's scrubbing
 * fails the suite wherever it is written.
 */

/** Lines written since the last check. */
export const written: string[] = [];

/** Secrets the tests hand the app: a key's body lines, the webhook secret. */
export const credentials = new Set<string>();

/** Tokens of GitHub's real shapes, whichever test made one up. */
const TOKEN_SHAPES = [/gh[opsur]_[A-Za-z0-9]{20,}/, /github_pat_[A-Za-z0-9_]{20,}/];

/** The lines that give a credential away; empties the record. */
export function leakedLines(): string[] {
  const lines = written.splice(0);
  return lines.filter(
    (line) =>
      [...credentials].some((secret) => line.includes(secret)) ||
      TOKEN_SHAPES.some((shape) => shape.test(line)),
  );
}
