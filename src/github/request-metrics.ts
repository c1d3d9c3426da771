import type { Octokit } from "@octokit/core";
import { githubRequests, rateLimitRemaining } from "../observe/metrics.js";
import { isAuthRequest, isGraphQLPath, isWrite } from "./write-spacing.js";

interface RequestOptions {
  method?: string;
  url?: string;
  query?: unknown;
}

/** The kind of a request, for the metrics: auth, graphql, write or read. */
function kindOf(options: RequestOptions): string {
  const path = new URL(options.url ?? "/", "http://github.test").pathname;
  if (isAuthRequest(path)) return "auth";
  if (isGraphQLPath(path)) return "graphql";
  return isWrite(options) ? "write" : "read";
}

/** An Octokit plugin that counts every request to GitHub and keeps the rate limit left. */
export function requestMetrics(octokit: Octokit): void {
  octokit.hook.after("request", (response, options) => {
    githubRequests.inc({
      kind: kindOf(options as RequestOptions),
      status: String(response.status),
    });
    const remaining = Number(response.headers["x-ratelimit-remaining"]);
    if (Number.isFinite(remaining)) {
      const resource = String(response.headers["x-ratelimit-resource"] ?? "core");
      rateLimitRemaining.set({ resource }, remaining);
    }
  });
  octokit.hook.error("request", (error, options) => {
    const status = (error as { status?: number }).status;
    githubRequests.inc({
      kind: kindOf(options as RequestOptions),
      status: String(status ?? "error"),
    });
    throw error;
  });
}
