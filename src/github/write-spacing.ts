import Bottleneck from "bottleneck";
import type { Octokit, OctokitOptions } from "@octokit/core";

/**
 * GitHub asks for at least a second between requests that change something, per client, and
 * limits content creation to 80 a minute: one write a second per installation keeps to both.
 * Reads, GraphQL queries included, need no spacing, only the primary rate limit.
 */
const WRITE_SPACING_MS = 1_000;

interface RequestOptions {
  method?: string;
  url?: string;
  query?: unknown;
}

/**
 * Installation tokens are auth, not content: never spaced (a write waiting for its token
 * would otherwise wait behind itself). Paths arrive as templates, `{installation_id}`.
 */
const AUTH_PATH =
  /^\/(app\/installations\/[^/]+\/access_tokens|applications\/[^/]+\/token(\/scoped)?)$/;

/** Whether a request is for a token (auth), by its path or path template. */
export function isAuthRequest(path: string): boolean {
  return AUTH_PATH.test(path);
}

/** Whether a request goes to GitHub's GraphQL endpoint (api.github.com's or Enterprise Server's). */
export function isGraphQLPath(path: string): boolean {
  return /^\/(api\/)?graphql$/.test(path);
}

/** Whether GitHub counts the request as a write: REST that is not GET or HEAD, or a GraphQL mutation. */
export function isWrite(options: RequestOptions): boolean {
  const method = (options.method ?? "GET").toUpperCase();
  const path = new URL(options.url ?? "/", "http://github.test").pathname;
  if (isGraphQLPath(path)) {
    return typeof options.query === "string" && /^\s*mutation\b/.test(options.query);
  }
  if (method === "GET" || method === "HEAD") return false;
  return !isAuthRequest(path);
}

type Connection = NonNullable<Bottleneck.ConstructorOptions["connection"]>;

const groups = new WeakMap<Connection, Bottleneck.Group>();
let localGroup: Bottleneck.Group | undefined;

/** One group of limiters per Redis connection (shared by replicas), or one for this process. */
function writeGroup(connection: Connection | undefined): Bottleneck.Group {
  const settings = {
    id: "checkpoint-write",
    maxConcurrent: 1,
    minTime: WRITE_SPACING_MS,
  };
  if (!connection) return (localGroup ??= new Bottleneck.Group(settings));
  let group = groups.get(connection);
  if (!group) {
    group = new Bottleneck.Group({ ...settings, datastore: "ioredis", connection });
    groups.set(connection, group);
  }
  return group;
}

interface ThrottleOptions {
  enabled?: boolean;
  id?: string;
  connection?: Connection;
}

/**
 * An Octokit plugin that spaces writes per installation, and nothing else: Octokit's own
 * throttling would also queue every GraphQL query behind the writes and hold issue and
 * comment creation 3 seconds apart (see octokit.ts, which turns those two queues off).
 */
export function spacedWrites(octokit: Octokit, options: OctokitOptions): void {
  const throttle = (options.throttle ?? {}) as ThrottleOptions;
  if (throttle.enabled === false) return;
  // A webhook's client carries its installation in `auth` only (Probot sets no throttle id there).
  const installation = (options.auth as { installationId?: number } | undefined)?.installationId;
  const id = throttle.id ?? (installation === undefined ? "app" : String(installation));
  // Only a write's start waits its turn, as Octokit's own throttling does: a turn held for a
  // whole request (retries included) would be held for ever by a process that died in it.
  // On Redis a turn left by a dead process is freed all the same, after ten seconds: a turn
  // lasts microseconds (it runs nothing), and for a minute, as Octokit holds its own, every
  // write of the installation would wait behind the dead process (in every live one).
  const turn = throttle.connection ? { expiration: 10_000 } : {};
  octokit.hook.wrap("request", async (request, requestOptions) => {
    // Looked up at each write: the group drops a limiter once idle, and a client may outlive it.
    if (isWrite(requestOptions as RequestOptions)) {
      await writeGroup(throttle.connection)
        .key(id)
        .schedule(turn, async () => undefined);
    }
    return request(requestOptions);
  });
}

/** A stand-in for one of Octokit's limiter groups that lets everything through at once. */
export const UNSPACED = {
  key: () => ({
    schedule: (
      _options: unknown,
      job: (...args: unknown[]) => Promise<unknown>,
      ...args: unknown[]
    ) => job(...args),
  }),
} as unknown as Bottleneck.Group;
