import { createPublicKey, verify } from "node:crypto";
import nock from "nock";
import { pino } from "pino";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { jwtSigner } from "../../src/github/app-jwt.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { TEST_PRIVATE_KEY } from "../helpers/probot.js";

const T0 = Date.parse("2025-11-24T08:00:00Z");

function decoded(jwt: string) {
  const [header = "", payload = "", signature = ""] = jwt.split(".");
  const valid = verify(
    "RSA-SHA256",
    Buffer.from(`${header}.${payload}`),
    createPublicKey(TEST_PRIVATE_KEY),
    Buffer.from(signature, "base64url"),
  );
  const read = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString()) as unknown;
  return { header: read(header), payload: read(payload), valid };
}

describe("the app's JWTs", () => {
  it("are RS256 tokens of the app, issued 30 s back for 10 minutes", async () => {
    const { jwt, expiresAt } = await jwtSigner(TEST_PRIVATE_KEY, () => T0)(7);
    const iat = T0 / 1000 - 30;
    expect(decoded(jwt)).toEqual({
      header: { alg: "RS256", typ: "JWT" },
      payload: { iat, exp: iat + 600, iss: 7 },
      valid: true,
    });
    expect(expiresAt).toBe(new Date((iat + 600) * 1000).toISOString());
  });

  it("are handed out again while over a minute is left, then signed anew", async () => {
    let now = T0;
    const sign = jwtSigner(TEST_PRIVATE_KEY, () => now);
    const first = await sign(7);
    now = T0 + 509_000;
    expect(await sign(7)).toEqual(first);
    now = T0 + 510_000;
    const renewed = await sign(7);
    expect(renewed.jwt).not.toBe(first.jwt);
    expect(decoded(renewed.jwt).payload).toMatchObject({ iat: T0 / 1000 + 480 });
  });

  it("follow GitHub's clock when Octokit learns it differs", async () => {
    const sign = jwtSigner(TEST_PRIVATE_KEY, () => T0);
    await sign(7);
    const { jwt } = await sign(7, -120);
    expect(decoded(jwt).payload).toMatchObject({ iat: T0 / 1000 - 150 });
  });

  it("read a key whose line breaks an environment variable escaped", async () => {
    const escaped = TEST_PRIVATE_KEY.replace(/\n/g, "\\n");
    const { jwt } = await jwtSigner(escaped, () => T0)(7);
    expect(decoded(jwt).valid).toBe(true);
  });

  it("fail, every time, for a key that does not parse", async () => {
    const sign = jwtSigner("-----BEGIN RSA PRIVATE KEY-----", () => T0);
    await expect(sign(7)).rejects.toThrow();
    await expect(sign(7)).rejects.toThrow();
  });

  it("open the installation tokens of a Probot with CheckpointOctokit", async () => {
    const probot = new Probot({
      appId: 1,
      privateKey: TEST_PRIVATE_KEY,
      Octokit: CheckpointOctokit,
      log: pino({ level: "silent" }),
    });
    const seen: string[] = [];
    const scope = nock("https://api.github.com")
      .post(/^\/app\/installations\/(8|9)\/access_tokens$/)
      .times(2)
      .reply(function () {
        seen.push(String(this.req.headers.authorization));
        return [201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" }];
      })
      .get("/installation/repositories")
      .times(2)
      .reply(200, { total_count: 0, repositories: [] });

    for (const installation of [8, 9]) {
      const octokit = await probot.auth(installation);
      await octokit.rest.apps.listReposAccessibleToInstallation();
    }

    expect(scope.isDone()).toBe(true);
    for (const header of seen) {
      expect(decoded(header.replace(/^bearer /i, ""))).toMatchObject({
        payload: { iss: 1 },
        valid: true,
      });
    }
  });
});
