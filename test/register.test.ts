import { spawn, type ChildProcess } from "node:child_process";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { nodeArgs } from "./helpers/processes.js";

/*
 * `npm start` with no credentials, as a newcomer runs it: Probot's setup page, whose manifest
 * sends GitHub's webhooks to the channel in WEBHOOK_PROXY_URL, and the channel's client
 * (smee-client, a development dependency) connected to it. A local server stands in for smee.io.
 */

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let app: ChildProcess | undefined;
let channel: Server | undefined;
afterAll(() => {
  app?.kill("SIGKILL");
  channel?.closeAllConnections();
  channel?.close();
});

describe("registering the app in development", () => {
  it("sends the webhooks to the proxy channel, and relays them from it", async () => {
    const connections: string[] = [];
    channel = createHttpServer((request, response) => {
      connections.push(`${request.method} ${request.url} ${request.headers.accept}`);
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("event: ready\ndata: {}\n\n");
    });
    const channelPort = await freePort();
    await new Promise<void>((resolve) => channel?.listen(channelPort, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${channelPort}/checkpoint-dev`;
    const port = await freePort();
    let output = "";
    app = spawn(process.execPath, nodeArgs("server"), {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: "127.0.0.1",
        WEBHOOK_PROXY_URL: proxyUrl,
      },
    });
    app.stdout?.on("data", (chunk) => (output += String(chunk)));
    app.stderr?.on("data", (chunk) => (output += String(chunk)));
    const deadline = Date.now() + 15_000;
    while (!output.includes("Listening on") || connections.length === 0) {
      if (Date.now() > deadline) throw new Error(`setup did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const page = await (await fetch(`http://127.0.0.1:${port}/probot`)).text();
    // The manifest GitHub receives: its webhooks go to the channel.
    expect(/"hook_attributes":\{"url":"([^"]+)"\}/.exec(page)?.[1]).toBe(proxyUrl);
    // app.yml's permissions, as registered.
    expect(page).toContain('"issues":"write"');
    // The channel's client is listening for deliveries to relay.
    expect(connections).toEqual([`GET /checkpoint-dev text/event-stream`]);
    expect(output).toContain(`Connected to ${proxyUrl}`);
  });
});
