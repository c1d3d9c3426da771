import nock from "nock";
import { BOT } from "./probot.js";

/*
 * Checkpoint's issues as GitHub lists them, and the requests every pass over a learner's
 * home begins with, for tests that drive Checkpoint through nock.
 */

export const API = "https://api.github.com";
export const RAW = { "content-type": "text/plain; charset=utf-8" };
/** The query that lists everything Checkpoint's bot opened in a repository. */
export const OWN_ISSUES = { state: "all", creator: BOT, per_page: "100" };

export interface ListedIssueSpec {
  /** "owner/name". */
  repo: string;
  number: number;
  title: string;
  body: string;
  state?: "open" | "closed";
  stateReason?: string | null;
  comments?: number;
  labels?: { name: string }[];
  createdAt?: string;
  /** Opened by someone else than Checkpoint's bot. */
  author?: { login: string; type: string };
}

/** One issue as `GET /repos/{owner}/{repo}/issues` answers it, opened by Checkpoint's bot. */
export function listedIssue(spec: ListedIssueSpec) {
  const createdAt = spec.createdAt ?? "2025-11-24T08:00:05Z";
  return {
    number: spec.number,
    title: spec.title,
    state: spec.state ?? "open",
    state_reason: spec.stateReason ?? null,
    comments: spec.comments ?? 0,
    locked: false,
    labels: spec.labels ?? [{ name: "checkpoint" }],
    body: spec.body,
    html_url: `https://github.com/${spec.repo}/issues/${spec.number}`,
    user: spec.author ?? { login: BOT, type: "Bot" },
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/**
 * The requests a webhook's pass over a home begins with: the installation token, the
 * home's config, and Checkpoint's own issues there. The installation's repositories are not
 * listed first: a webhook names its repository (any such request would go unmatched).
 */
export function expectHomePass(params: { repo: string; config: string; issues: unknown[] }) {
  const path = `/repos/${params.repo}`;
  return nock(API)
    .post(/\/app\/installations\/\d+\/access_tokens/)
    .reply(201, { token: "ghs_test" })
    .get(`${path}/contents/.github%2Fcheckpoint.yml`)
    .reply(200, params.config, RAW)
    .get(`${path}/issues`)
    .query(OWN_ISSUES)
    .reply(200, params.issues);
}

/**
 * What a webhook's pass logged when it finished. A failed write inside a pass is reported
 * here (as "… failed: …"), not thrown, so tests read the outcome to prove that nothing they
 * did not mock was attempted.
 */
export function webhookOutcome(lines: string[]): Record<string, unknown> | undefined {
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const entry = entries.find((candidate) => candidate["msg"] === "reconciled after a webhook");
  if (!entry) return undefined;
  const { home, status, detail, wakeAt } = entry;
  return { home, status, detail, ...(wakeAt === undefined ? {} : { wakeAt }) };
}
