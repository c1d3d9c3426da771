import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { LocalMemory } from "../../src/memory/shared-memory.js";
import { observeHandler, tickDone } from "../../src/observe/endpoints.js";
import { Health } from "../../src/observe/health.js";
import { registry } from "../../src/observe/metrics.js";

/** Calls the handler as the server would, and returns what it answered. */
async function get(handler: ReturnType<typeof observeHandler>, url: string) {
  let status = 0;
  let body = "";
  const response = {
    writeHead(code: number) {
      status = code;
      return response;
    },
    end(text: string) {
      body = text;
    },
  };
  const handled = await handler(
    { method: "GET", url } as IncomingMessage,
    response as unknown as ServerResponse,
  );
  return { handled, status, body };
}

describe("/healthz", () => {
  it("is unhealthy once no tick has finished for two periods of the schedule", async () => {
    let now = new Date("2025-11-24T10:00:00Z");
    const health = new Health({
      memory: new LocalMemory(),
      schedule: "7 * * * *",
      clock: () => now,
    });
    const handler = observeHandler(health);

    // Hourly: started at 10:00, a tick is owed by 12:00 at the latest.
    now = new Date("2025-11-24T11:59:00Z");
    const early = await get(handler, "/healthz");
    expect(early.status).toBe(200);
    expect(JSON.parse(early.body)).toMatchObject({
      status: "ok",
      uptimeSeconds: 7_140,
      tickDueBy: "2025-11-24T12:00:00.000Z",
    });
    now = new Date("2025-11-24T12:01:00Z");
    expect((await get(handler, "/healthz")).status).toBe(503);

    // A tick at 12:07 over 3 learners, one failed, taking 42 s: healthy until 14:07.
    now = new Date("2025-11-24T12:07:42Z");
    await tickDone(
      health,
      [{ status: "ok" }, { status: "failed" }, { status: "skipped" }],
      42,
      now,
    );
    const after = await get(handler, "/healthz");
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({
      lastTick: { at: "2025-11-24T12:07:42.000Z", learners: 3, failed: 1, seconds: 42 },
      tickDueBy: "2025-11-24T14:07:42.000Z",
    });
    const metrics = await get(handler, "/metrics");
    expect(metrics.body).toContain('checkpoint_tick_learners{state="failed"} 1');
    expect(metrics.body).toContain('checkpoint_tick_learners{state="reconciled"} 2');
    expect(metrics.body).toContain("checkpoint_tick_duration_seconds_sum 42");
    expect((await get(handler, "/elsewhere")).handled).toBe(false);
    registry.resetMetrics();
  });

  it("says so when Redis does not answer, and with the schedule off needs no tick", async () => {
    const health = new Health({
      memory: new LocalMemory(),
      schedule: undefined,
      clock: () => new Date("2026-01-01T00:00:00Z"),
      redisUp: async () => false,
    });
    const down = await get(observeHandler(health), "/healthz");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: "redis unreachable", schedule: "off" });
  });
});
