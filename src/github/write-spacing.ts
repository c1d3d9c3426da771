import { setTimeout as sleep } from "node:timers/promises";
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

/** One group of limiters per Redis connection, shared by every process on that Redis. */
function sharedWriteGroup(connection: Connection): Bottleneck.Group {
  let group = groups.get(connection);
  if (!group) {
    group = new Bottleneck.Group({
      id: "checkpoint-write",
      maxConcurrent: 1,
      minTime: WRITE_SPACING_MS,
      datastore: "ioredis",
      connection,
    });
    groups.set(connection, group);
  }
  return group;
}

/** When each installation's next write may start, in this process (without Redis). */
const localTurns = new Map<string, number>();
/** How many installations' turns are kept before those already past are forgotten. */
const FORGET_TURNS_PAST = 1_000;

/**
 * Waits for installation `id`'s next write turn in this process: turns are a second apart,
 * given in the order asked. (Bottleneck, as on Redis, cost a twentieth of the app's CPU.)
 */
async function localTurn(id: string): Promise<void> {
  // A clock that never jumps: turns are this process's own, never compared with another's.
  const now = performance.now();
  const at = Math.max(now, localTurns.get(id) ?? 0);
  localTurns.set(id, at + WRITE_SPACING_MS);
  if (localTurns.size > FORGET_TURNS_PAST) {
    // Turns already past hold nothing back: only installations writing now stay.
    for (const [key, next] of localTurns) if (next <= now) localTurns.delete(key);
  }
  if (at > now) await sleep(at - now);
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
  octokit.hook.wrap("request", async (request, requestOptions) => {
    // Looked up at each write: the group drops a limiter once idle, and a client may outlive it.
    if (isWrite(requestOptions as RequestOptions)) {
      if (throttle.connection) {
        await sharedWriteGroup(throttle.connection)
          .key(id)
          .schedule({ expiration: 10_000 }, async () => undefined);
      } else {
        await localTurn(id);
      }
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
