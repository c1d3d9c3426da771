import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PRIVATE_KEY } from "./helpers/probot.js";
import { webhookExample } from "./helpers/webhooks.js";
import { nodeArgs } from "./helpers/processes.js";

const SECRET = "end-to-end-webhook-secret";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let app: ChildProcess;
let base = "";
let output = "";

// The real `npm start` entry (src/main.ts), as a separate process on a random loopback port.
beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, nodeArgs("server"), {
    env: {
      PATH: process.env.PATH,
      APP_ID: "12345",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "debug",
      LOG_FORMAT: "json",
      NODE_ENV: "production",
    },
  });
  app.stdout?.on("data", (chunk) => (output += String(chunk)));
  app.stderr?.on("data", (chunk) => (output += String(chunk)));
  const deadline = Date.now() + 15_000;
  while (!output.includes("Listening on")) {
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  if (app.exitCode !== null || app.signalCode !== null) return;
  app.kill("SIGKILL");
  await new Promise((resolve) => app.once("exit", resolve));
});

function deliver(body: string, signature: string) {
  return fetch(`${base}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "issues",
      "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
      "x-hub-signature-256": signature,
    },
    body,
  });
}

describe("the app server", () => {
  const body = JSON.stringify(webhookExample("issues", (p) => p.action === "opened"));
  const signed = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;

  it("accepts a correctly signed issues.opened delivery", async () => {
    const response = await deliver(body, signed);
    expect(response.status).toBe(200);
  });

  it("refuses a badly signed delivery with a 4xx and acts on nothing", async () => {
    const forged = `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`;
    const response = await deliver(body, forged);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // No handler ran, so no GitHub request (every one would be logged at debug level).
    expect(output).not.toMatch(/GitHub request/);
  });

  it("shows the delivery in /metrics and its health in /healthz", async () => {
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    const text = await metrics.text();
    // The signed delivery only: the forged one never reached the app.
    expect(text).toContain('checkpoint_webhooks_total{event="issues",outcome="received"} 1');
    expect(text).toContain("# TYPE checkpoint_github_requests_total counter");

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ status: "ok", schedule: "7 * * * *" });
    expect(report.lastTick).toBeUndefined();
  });

  it("never logs the private key or the webhook secret", () => {
    expect(output).not.toContain(TEST_PRIVATE_KEY.split("\n")[1]);
    expect(output).not.toContain(SECRET);
  });

  it("stops cleanly on SIGTERM: exit code 0, nothing unhandled", async () => {
    const exited = new Promise<number | null>((resolve) =>
      app.once("exit", (code) => resolve(code)),
    );
    app.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("SIGTERM received, stopping");
    expect(output).not.toMatch(/Unhandled|unhandledRejection/i);
  });
});
