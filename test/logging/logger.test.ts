import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/logger.js";
import { TEST_PRIVATE_KEY } from "../helpers/probot.js";

async function logLines(
  env: NodeJS.ProcessEnv,
  write: (log: Awaited<ReturnType<typeof createLogger>>) => void,
) {
  let output = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  const log = await createLogger({ env: { LOG_LEVEL: "trace", ...env }, destination });
  write(log);
  return output;
}

const INSTALLATION_TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
const JWT =
  "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSIsImlhdCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLWp3dA";

describe("createLogger", () => {
  it("never writes the private key, a token, a JWT or the webhook secret, wherever they hide", async () => {
    const secret = "a-webhook-secret-of-some-length";
    const output = await logLines(
      { PRIVATE_KEY: TEST_PRIVATE_KEY, WEBHOOK_SECRET: secret },
      (log) => {
        log.info({ privateKey: TEST_PRIVATE_KEY }, "starting");
        log.info(`loaded key ${TEST_PRIVATE_KEY}`);
        log.debug(
          { request: { headers: { authorization: `token ${INSTALLATION_TOKEN}` } } },
          "request",
        );
        log.error({ err: new Error(`Bad credentials for token ${INSTALLATION_TOKEN}`) }, "failed");
        log.warn({ url: `https://api.github.com/app?jwt=${JWT}` }, "app call");
        log.info({ config: { secret } }, "secret in a field");
        log.info(`signature check used ${secret}`);
      },
    );
    const keyBody = TEST_PRIVATE_KEY.split("\n")[1] as string;
    for (const leaked of [keyBody, INSTALLATION_TOKEN, JWT, secret]) {
      expect(output).not.toContain(leaked);
    }
    // Seven lines were logged and every one of them is still there, redacted.
    expect(output.trim().split("\n")).toHaveLength(7);
    expect(output).toContain("[REDACTED]");
    expect(output).toContain("Bad credentials for token [REDACTED]");
  });

  it("closes the gaps: URL-encoded tokens, Basic auth, a key's body without its lines, short secrets", async () => {
    const keyLines = TEST_PRIVATE_KEY.split("\n").filter(
      (line) => !line.startsWith("-----") && line,
    );
    const body = keyLines.join("\n");
    const basic = Buffer.from("x-access-token:secret-value").toString("base64");
    const output = await logLines(
      { PRIVATE_KEY: TEST_PRIVATE_KEY, WEBHOOK_SECRET: "s3cr" },
      (log) => {
        log.info(
          { url: `https://x-access-token%3A${INSTALLATION_TOKEN}@github.com/ada/blog.git` },
          "clone",
        );
        log.info({ headers: { Authorisation: `Basic ${basic}` } }, "proxy");
        log.error(`key material: ${body}`);
        log.error(`one line of it: ${keyLines[3]}`);
        log.warn("the secret is s3cr, and s3cret or ms3cr are other words");
      },
    );
    for (const leaked of [INSTALLATION_TOKEN, basic, ...keyLines])
      expect(output).not.toContain(leaked);
    expect(output).toContain("the secret is [REDACTED], and s3cret or ms3cr are other words");
    expect(output.trim().split("\n")).toHaveLength(5);
  });

  it("knows the key's lines when it is given as a file, PRIVATE_KEY_PATH", async () => {
    const dir = mkdtempSync(join(tmpdir(), "checkpoint-key-"));
    const path = join(dir, "key.pem");
    writeFileSync(path, TEST_PRIVATE_KEY);
    const line = TEST_PRIVATE_KEY.split("\n")[5] as string;
    const output = await logLines({ PRIVATE_KEY_PATH: path }, (log) => log.error(`oops ${line}`));
    expect(output).not.toContain(line);
    expect(output).toContain("oops [REDACTED]");
  });

  it("follows LOG_LEVEL", async () => {
    const output = await logLines({ LOG_LEVEL: "warn" }, (log) => {
      log.info("quiet");
      log.warn("loud");
    });
    expect(output).toContain("loud");
    expect(output).not.toContain("quiet");
  });
});
