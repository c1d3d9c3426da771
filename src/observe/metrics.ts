import { Counter, Gauge, Histogram, Registry } from "prom-client";

/*
 * What `GET /metrics` shows, in Prometheus's text format: webhooks, reconciles, GitHub
 * requests and the rate limit left, scheduled ticks. One registry per process; in queue
 * mode each replica shows its own share.
 */

export const registry = new Registry();

export const webhooksReceived = new Counter({
  name: "checkpoint_webhooks_total",
  help: "Webhook deliveries by event and outcome (handled, failed).",
  labelNames: ["event", "outcome"] as const,
  registers: [registry],
});

export const reconciles = new Counter({
  name: "checkpoint_reconciles_total",
  help: "Passes over one learner by outcome (ok, skipped, failed).",
  labelNames: ["outcome"] as const,
  registers: [registry],
});

export const githubRequests = new Counter({
  name: "checkpoint_github_requests_total",
  help: "Requests to GitHub by kind (read, write, graphql, auth) and HTTP status.",
  labelNames: ["kind", "status"] as const,
  registers: [registry],
});

export const rateLimitRemaining = new Gauge({
  name: "checkpoint_github_rate_limit_remaining",
  help: "Requests left in the rate-limit window GitHub last reported, by resource.",
  labelNames: ["resource"] as const,
  registers: [registry],
});

export const tickDuration = new Histogram({
  name: "checkpoint_tick_duration_seconds",
  help: "How long a scheduled run over every installation took.",
  buckets: [1, 5, 15, 60, 300, 900, 1800, 3600],
  registers: [registry],
});

export const tickLearners = new Gauge({
  name: "checkpoint_tick_learners",
  help: "Learners in the last scheduled run, by state (reconciled, failed).",
  labelNames: ["state"] as const,
  registers: [registry],
});
