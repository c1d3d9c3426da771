import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/*
 * The deployment files as shipped: the container image's Dockerfile (linted: no Docker engine
 * runs here), the systemd unit (verified by systemd itself where it is installed) and the
 * compose file, whose variables and ports must be the README's.
 */

const read = (path: string) => readFileSync(path, "utf8");
const README = read("README.md");
/** Every `VARIABLE` named in the README's tables. */
const documented = new Set([...README.matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]));

describe("the Dockerfile", () => {
  it("lints clean: no error, no warning", () => {
    const lint = spawnSync("node_modules/.bin/dockerfile-utils", ["lint", "Dockerfile"], {
      encoding: "utf8",
    });
    expect(lint.stdout + lint.stderr).toBe("");
    expect(lint.status).toBe(0);
  });

  it("builds on the current Node LTS, installs no dev tools, runs unprivileged and checks /healthz", () => {
    const dockerfile = read("Dockerfile");
    expect([...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => m[1])).toEqual(["24", "24"]);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(read(".dockerignore").split("\n")).toEqual(expect.arrayContaining([".env", "*.pem"]));
  });
});

describe("the systemd unit", () => {
  const unit = read("deploy/checkpoint.service");

  it("runs as its own user, from an environment file, restarting on failure", () => {
    expect(unit).toMatch(/^User=checkpoint$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/checkpoint\/checkpoint\.env$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^Environment=HOST=0\.0\.0\.0$/m);
  });

  const systemd = spawnSync("systemd-analyze", ["--version"]).status === 0;
  it.skipIf(!systemd)("is one systemd accepts (systemd-analyze verify)", () => {
    expect(() =>
      execFileSync("systemd-analyze", ["verify", "deploy/checkpoint.service"], {
        encoding: "utf8",
        stdio: "pipe",
      }),
    ).not.toThrow();
  });
});

describe("the compose file", () => {
  const compose = parse(read("deploy/compose.yaml")) as {
    services: Record<
      string,
      { environment?: Record<string, string>; ports?: string[]; profiles?: string[] }
    >;
  };

  it("sets only variables the README documents, and publishes the port the app listens on", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const variable of Object.keys(service.environment ?? {})) {
        expect(documented, `${name}: ${variable}`).toContain(variable);
      }
      const port = service.environment?.PORT;
      for (const mapping of service.ports ?? []) expect(mapping).toBe(`${port}:${port}`);
    }
  });

  it("runs one process alone, or web, workers and Redis together in the cluster profile", () => {
    const { checkpoint, web, worker, redis } = compose.services;
    expect(checkpoint?.profiles).toBeUndefined();
    expect(checkpoint?.environment?.REDIS_URL).toBeUndefined();
    expect(web?.environment).toMatchObject({
      CHECKPOINT_ROLE: "web",
      REDIS_URL: "redis://redis:6379/0",
    });
    expect(worker?.environment).toMatchObject({
      CHECKPOINT_ROLE: "worker",
      REDIS_URL: "redis://redis:6379/0",
    });
    expect([web, worker, redis].map((service) => service?.profiles)).toEqual([
      ["cluster"],
      ["cluster"],
      ["cluster"],
    ]);
  });
});
