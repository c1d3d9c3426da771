import { graphqlPoints } from "./points.js";
import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BenchLearner } from "./world/index.js";
import { activityRoutes, graphqlRepo } from "./activity-routes.js";
import { discoveryRoutes, tokenOf } from "./discovery-routes.js";
import { issueRoutes } from "./issue-routes.js";
import { router, type Call, type Category, type Reply } from "./router.js";
import { initialState, newToken, type StandInState } from "./state.js";

/*
 * A stand-in for GitHub on 127.0.0.1 that answers every request a scheduled run makes, for
 * a generated world, keeping what is written. It answers at the root as api.github.com
 * does, and under /api/v3 and /api/graphql as GitHub Enterprise Server does, so both
 * `baseUrl` and `GHE_HOST` reach it. Every answer waits `latencyMs`, as the network would.
 */

/** One request the stand-in served. */
export interface RecordedRequest {
  method: string;
  /** `GET /repos/{owner}/{repo}/issues`, or `unmatched GET /path` for a route it does not know. */
  route: string;
  category?: Category;
  /** The login of the learner whose installation made or is named by the request. */
  learner?: string;
  /** "owner/name" of the repository the request is about. */
  repo?: string;
  status: number;
  /** Made under GitHub Enterprise Server's paths. */
  enterprise: boolean;
  /** When it arrived, in `performance.now()` milliseconds. */
  at: number;
  /** For GraphQL: the points GitHub would charge (its published formula). */
  points?: number;
  /** For GraphQL: the operation's name, e.g. `CheckpointActivity`. */
  operation?: string;
}

export interface GitHubStandIn {
  /** As api.github.com: REST at the root, GraphQL at /graphql. */
  baseUrl: string;
  /** `127.0.0.1:port`, for `GHE_HOST` with `GHE_PROTOCOL=http`. */
  host: string;
  state: StandInState;
  /** Every request served so far, in order. */
  requests: RecordedRequest[];
  /** An installation token for a learner, for clients that skip the app's own auth. */
  tokenFor(learner: BenchLearner): string;
  /** Stops listening, drops open connections and answers still waiting. */
  close(): Promise<void>;
}

export interface StandInOptions {
  world: BenchLearner[];
  latencyMs?: number;
  /** Beyond this many requests it answers 503: a runaway client stops instead of spinning. */
  maxRequests?: number;
}

const MAX_BODY_BYTES = 1024 * 1024;
const ENTERPRISE_REST = "/api/v3";
const ENTERPRISE_GRAPHQL = "/api/graphql";

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The path as api.github.com would see it, and whether it came under Enterprise paths. */
function unprefixed(pathname: string): { path: string; enterprise: boolean } {
  if (pathname === ENTERPRISE_GRAPHQL) return { path: "/graphql", enterprise: true };
  if (pathname.startsWith(`${ENTERPRISE_REST}/`)) {
    return { path: pathname.slice(ENTERPRISE_REST.length), enterprise: true };
  }
  return { path: pathname, enterprise: false };
}

/** Starts the stand-in on a random port of 127.0.0.1. */
export async function startGitHubStandIn(options: StandInOptions): Promise<GitHubStandIn> {
  const { latencyMs = 0, maxRequests = 100_000 } = options;
  const state = initialState(options.world);
  const find = router([...discoveryRoutes(state), ...issueRoutes(state), ...activityRoutes(state)]);
  const requests: RecordedRequest[] = [];
  const waiting = new Set<NodeJS.Timeout>();
  let host = "";

  const send = (response: ServerResponse, reply: Reply) => {
    const timer = setTimeout(() => {
      waiting.delete(timer);
      const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      response.end(text);
    }, latencyMs);
    waiting.add(timer);
  };

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", `http://${host}`);
    const { path, enterprise } = unprefixed(url.pathname);
    const at = performance.now();
    const record = (status: number, extra: Partial<RecordedRequest> = {}) =>
      requests.push({
        method,
        route: `unmatched ${method} ${path}`,
        status,
        enterprise,
        at,
        ...extra,
      });
    if (requests.length >= maxRequests) {
      record(503);
      return send(response, { status: 503, body: { message: "stand-in request budget spent" } });
    }
    const text = await readBody(request);
    if (text === undefined) {
      record(413);
      return send(response, { status: 413, body: { message: "body too large" } });
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      record(400);
      return send(response, { status: 400, body: { message: "Problems parsing JSON" } });
    }
    const found = find(method, path);
    if (!found) {
      record(404);
      return send(response, { status: 404, body: { message: "Not Found" } });
    }
    const { route, params } = found;
    const call: Call = {
      method,
      path,
      params,
      query: url.searchParams,
      body,
      headers: request.headers,
      restBase: `http://${host}${enterprise ? ENTERPRISE_REST : ""}`,
    };
    const reply =
      authorize(state, route.template, call) ??
      injectedFault(state, `${method} ${route.template}`) ??
      tooLong(call) ??
      route.answer(call);
    const about = graphqlRepo(call.body) ?? { owner: params.owner, name: params.repo };
    const caller =
      state.tokens.get(tokenOf(request.headers.authorization) ?? "") ??
      state.byInstallation.get(Number(params.installation_id));
    record(reply.status, {
      route: `${method} ${route.template}`,
      category: route.category,
      ...(caller ? { learner: caller.login } : {}),
      ...(about.owner && about.name ? { repo: `${about.owner}/${about.name}` } : {}),
      ...(route.template === "/graphql"
        ? { points: pointsOf(call.body), operation: operationOf(call.body) }
        : {}),
    });
    send(response, reply);
  };

  const server = createServer((request, response) => {
    answer(request, response).catch((error: Error) =>
      send(response, { status: 500, body: { message: error.message } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `http://${host}`,
    host,
    state,
    requests,
    tokenFor: (learner) => newToken(state, learner),
    close: () =>
      new Promise((resolve, reject) => {
        for (const timer of waiting) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** GitHub refuses an issue or comment body over 65,536 characters. */
function tooLong(call: Call): Reply | undefined {
  const text = (call.body as { body?: unknown } | undefined)?.body;
  if (typeof text !== "string" || text.length <= 65_536) return undefined;
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
    },
  };
}

/** Whether a JWT's RS256 signature is the pair of `key`'s. */
function signedBy(jwt: string, key: KeyObject): boolean {
  const [header, payload, signature] = jwt.split(".");
  if (!header || !payload || !signature) return false;
  return verify(
    "RSA-SHA256",
    Buffer.from(`${header}.${payload}`),
    createPublicKey(key),
    Buffer.from(signature, "base64url"),
  );
}

/** What GitHub would charge for a GraphQL request's query; 0 when it is not one. */
/** The name of a GraphQL request's operation (`query CheckpointActivity(…)`). */
function operationOf(body: unknown): string | undefined {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === "string" ? /query (\w+)/.exec(query)?.[1] : undefined;
}

function pointsOf(body: unknown): number {
  const { query, variables } = (body ?? {}) as {
    query?: unknown;
    variables?: Record<string, unknown>;
  };
  return typeof query === "string" ? graphqlPoints(query, variables ?? {}) : 0;
}

/** The answer a test asked this route to fail with, once per time it asked. */
function injectedFault(state: StandInState, route: string): Reply | undefined {
  const fault = state.faults.find((candidate) => candidate.route === route && candidate.times > 0);
  if (!fault) return undefined;
  fault.times -= 1;
  return { status: fault.status, body: { message: `injected ${fault.status}` } };
}

/**
 * Who may call what: the app's routes take its JWT; everything else takes an installation
 * token and sees only that installation's account, as GitHub answers others with 404.
 */
function authorize(state: StandInState, template: string, call: Call): Reply | undefined {
  const header = String(call.headers.authorization ?? "");
  if (template === "/app" || template.startsWith("/app/")) {
    const jwt = /^bearer (\S+)$/i.exec(header)?.[1];
    return jwt && (!state.appKey || signedBy(jwt, state.appKey))
      ? undefined
      : { status: 401, body: { message: "A JSON web token could not be decoded" } };
  }
  const learner = state.tokens.get(tokenOf(header) ?? "");
  if (!learner) return { status: 401, body: { message: "Bad credentials" } };
  const owner = call.params.owner ?? graphqlRepo(call.body)?.owner;
  if (owner && owner.toLowerCase() !== learner.login.toLowerCase()) {
    return { status: 404, body: { message: "Not Found" } };
  }
  return undefined;
}
