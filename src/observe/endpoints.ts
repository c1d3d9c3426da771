import type { IncomingMessage, ServerResponse } from "node:http";
import type { Health, TickRecord } from "./health.js";
import { registry, tickDuration, tickLearners } from "./metrics.js";

/** A scheduled run finished: its figures go to the metrics and to the health report. */
export async function tickDone(
  health: Health,
  outcomes: readonly { status: string }[],
  seconds: number,
  now: Date,
): Promise<void> {
  const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
  tickDuration.observe(seconds);
  tickLearners.set({ state: "reconciled" }, outcomes.length - failed);
  tickLearners.set({ state: "failed" }, failed);
  const record: TickRecord = { at: now.toISOString(), learners: outcomes.length, failed, seconds };
  await health.recordTick(record);
}

/**
 * `GET /healthz` (200, or 503 when the schedule is overdue or Redis is unreachable, with
 * the report as JSON) and `GET /metrics` (Prometheus's text format), beside Probot's routes.
 */
export function observeHandler(health: Health) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== "GET") return false;
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/healthz") {
      const report = await health.report();
      response.writeHead(report.status === "ok" ? 200 : 503, {
        "content-type": "application/json",
        "cache-control": "no-store",
      });
      response.end(JSON.stringify(report));
      return true;
    }
    if (path === "/metrics") {
      response.writeHead(200, { "content-type": registry.contentType });
      response.end(await registry.metrics());
      return true;
    }
    return false;
  };
}
