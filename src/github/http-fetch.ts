import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { promisify } from "node:util";
import zlib from "node:zlib";

/*
 * Octokit's fetch, over node:http with connections kept alive. Node's own fetch (undici)
 * spends about three times the CPU on each request, most of it in web streams: for GitHub's
 * small JSON answers, a third of the app's CPU per learner-week (npm run bench). This one
 * does what Octokit asks of a fetch: a string or bytes as the body, redirects followed as
 * fetch follows them, compressed answers decoded, an abort signal honoured. Any other body
 * (a stream) goes to Node's fetch.
 *
 * It also hands Octokit the answer already read (`body`, see decodedBody), for Octokit to take
 * as it is (its `parseSuccessResponseBody: false`, set in octokit.ts): Octokit parses JSON
 * with json-with-bigint, a pass of regular expressions and a reviver call for every value,
 * some six times JSON.parse's CPU (a tenth of the app's per learner-week). GitHub's numbers
 * are all below 2^53, where JSON.parse reads them exactly.
 */

/** Idle connections are closed after this, as undici does, before a server closes them mid-request. */
const IDLE_MS = 4_000;
/** A request with no byte answered for this long fails, as undici's do (header and body timeouts). */
const SILENCE_MS = 300_000;
const MAX_REDIRECTS = 20;

/** An agent whose idle connections close after IDLE_MS (or sooner, when the server says so). */
function idleClosing<A extends http.Agent>(agent: A): A {
  // Node's agent answers whether it keeps the socket (its types say void).
  const keep = (agent.keepSocketAlive as (socket: Socket) => boolean).bind(agent);
  const keepIdleBriefly = (socket: Socket): boolean => {
    const kept = keep(socket);
    const timeout = socket.timeout ?? 0;
    if (kept && (timeout === 0 || timeout > IDLE_MS)) socket.setTimeout(IDLE_MS);
    return kept;
  };
  agent.keepSocketAlive = keepIdleBriefly as unknown as (socket: Duplex) => void;
  return agent;
}

type Send = (url: URL, options: http.RequestOptions) => http.ClientRequest;

// Node's request functions are looked up at each request, as test doubles (nock) expect.
const TRANSPORTS: Record<string, { send: Send; agent: http.Agent }> = {
  "http:": {
    send: (url, options) => http.request(url, options),
    agent: idleClosing(new http.Agent({ keepAlive: true })),
  },
  "https:": {
    send: (url, options) => https.request(url, options),
    agent: idleClosing(new https.Agent({ keepAlive: true })),
  },
};

const decoders: Record<string, (bytes: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  "x-gzip": promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  redirect?: "follow" | "manual" | "error";
  signal?: AbortSignal | null;
}

/** What Octokit reads of a fetch response (it reads no body as a stream unless asked to). */
export interface FetchedResponse {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The answer read as Octokit reads a successful one: not a stream, unlike fetch's. */
  readonly body: unknown;
}

interface Answer {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** One request and its whole answer, decoded. */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal?: AbortSignal | null,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const transport = TRANSPORTS[url.protocol];
    if (!transport) return reject(new TypeError(`fetch failed: ${url.protocol} is not HTTP`));
    const request = transport.send(url, { method, headers, agent: transport.agent });
    const onAbort = () => request.destroy(abortError(signal as AbortSignal) as Error);
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = () => signal?.removeEventListener("abort", onAbort);
    request.setTimeout(SILENCE_MS, () =>
      request.destroy(new Error(`no answer in ${SILENCE_MS / 1000} s`)),
    );
    request.on("error", (error) => {
      done();
      reject(signal?.aborted ? error : new TypeError("fetch failed", { cause: error }));
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => {
        done();
        reject(new TypeError("fetch failed", { cause: error }));
      });
      response.on("end", () => {
        done();
        const raw = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
        const decode = encoding ? decoders[encoding] : undefined;
        const answer = (bytes: Buffer) =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? "",
            headers: response.headers,
            bytes,
          });
        if (!decode || raw.length === 0) return answer(raw);
        decode(raw).then(answer, (error: unknown) =>
          reject(new TypeError("fetch failed", { cause: error })),
        );
      });
    });
    request.end(body);
  });
}

function headersOf(raw: http.IncomingHttpHeaders): FetchedResponse["headers"] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    entries.push([name, Array.isArray(value) ? value.join(", ") : value]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = new Map(entries);
  return {
    get: (name) => byName.get(name.toLowerCase()) ?? null,
    [Symbol.iterator]: () => entries[Symbol.iterator](),
  };
}

function responseOf(answer: Answer, url: URL): FetchedResponse {
  const { bytes } = answer;
  const headers = headersOf(answer.headers);
  let decoded: { value: unknown } | undefined;
  return {
    status: answer.status,
    statusText: answer.statusText,
    url: url.href,
    headers,
    text: () => Promise.resolve(bytes.toString("utf8")),
    arrayBuffer: () => Promise.resolve(arrayBufferOf(bytes)),
    get body() {
      // Read once: whatever spreads or logs the response gets the same object.
      decoded ??= { value: decodedBody(bytes, headers.get("content-type")) };
      return decoded.value;
    },
  };
}

function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
}

// A charset parameter, quoted or not, spaces around "=" allowed (as the content-type parser).
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/**
 * An answer's bytes as Octokit reads them (its getResponseData): JSON parsed (as text when it
 * is not JSON after all), text and UTF-8 as a string, anything else as bytes.
 */
function decodedBody(bytes: Buffer, contentType: string | null): unknown {
  if (!contentType) return bytes.toString("utf8");
  const type = (contentType.split(";", 1)[0] ?? "").trim().toLowerCase();
  if (type === "application/json" || type === "application/scim+json") {
    const text = bytes.toString("utf8");
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  const charset = CHARSET.exec(contentType)?.[1]?.toLowerCase();
  const utf8 = charset === "utf-8" && type !== "application/octet-stream";
  return type.startsWith("text/") || utf8 ? bytes.toString("utf8") : arrayBufferOf(bytes);
}

/** The headers but `name` (in any case). */
function without(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch for Octokit (`request.fetch`): see the top of this file. */
export async function httpFetch(
  input: string | URL,
  init: FetchInit = {},
): Promise<FetchedResponse> {
  const { body } = init;
  const sendable = typeof body === "string" || body instanceof Uint8Array;
  let url = new URL(input);
  if (!sendable && body !== undefined && body !== null) {
    const answer = await fetch(url, init as RequestInit);
    const { status, statusText, headers } = answer;
    const bytes = Buffer.from(await answer.arrayBuffer());
    const read = { status, statusText, headers: Object.fromEntries(headers), bytes };
    return responseOf(read, answer.url ? new URL(answer.url) : url);
  }
  let method = (init.method ?? "GET").toUpperCase();
  let bytes = sendable ? Buffer.from(body) : undefined;
  let headers: Record<string, string> = {
    "accept-encoding": "gzip, deflate, br",
    ...init.headers,
  };
  for (let redirects = 0; ; redirects += 1) {
    const sent = bytes ? { ...headers, "content-length": String(bytes.length) } : headers;
    const answer = await exchange(url, method, sent, bytes, init.signal);
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.status) || !location || init.redirect === "manual") {
      return responseOf(answer, url);
    }
    if (init.redirect === "error") throw new TypeError(`fetch failed: redirected to ${location}`);
    if (redirects >= MAX_REDIRECTS) throw new TypeError("fetch failed: too many redirects");
    const next = new URL(location, url);
    // As fetch does: a 303, or a POST answered 301 or 302, is followed with a GET and no body;
    // credentials are not sent to another origin.
    if (
      answer.status === 303 ||
      ((answer.status === 301 || answer.status === 302) && method === "POST")
    ) {
      method = method === "HEAD" ? "HEAD" : "GET";
      bytes = undefined;
      headers = without(headers, "content-type");
    }
    if (next.origin !== url.origin) {
      headers = without(headers, "authorization");
    }
    url = next;
  }
}
