import { getEventListeners } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import nock from "nock";
import pino from "pino";
import { Octokit } from "@octokit/core";
import { Probot } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { httpFetch } from "../../src/github/http-fetch.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { TEST_PRIVATE_KEY } from "../helpers/probot.js";

/*
 * Octokit's fetch over node:http, against real local servers: what fetch would answer, over
 * connections kept alive. Tests that count connections lift nock's interception for their
 * length: intercepted, every request opens a connection of its own.
 */

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  socket: number;
}

type Handler = (seen: Seen, response: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  if (!nock.isActive()) nock.activate();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server answering with `handler`; what it was sent, with a number per connection. */
async function serve(handler: Handler): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const sockets = new WeakMap<object, number>();
  let connections = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (!sockets.has(request.socket)) sockets.set(request.socket, ++connections);
      const entry = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        socket: sockets.get(request.socket) ?? 0,
      };
      seen.push(entry);
      handler(entry, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (response: http.ServerResponse, status: number, value: unknown) => {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(value));
};

describe("httpFetch", () => {
  it("sends the body and headers, answers as fetch does, and keeps the connection for the next request", async () => {
    nock.restore();
    const { origin, seen } = await serve((request, response) => {
      response.setHeader("x-ratelimit-remaining", "4999");
      response.setHeader("link", ['<a>; rel="next"', '<b>; rel="last"']);
      json(response, 201, { number: 7, echoed: request.body });
    });
    const body = JSON.stringify({ title: "Week 8 · Nov 17" });
    const first = await httpFetch(`${origin}/repos/ada/learning/issues`, {
      method: "POST",
      headers: { authorization: "token t0", "content-type": "application/json" },
      body,
    });
    expect(first.status).toBe(201);
    expect(first.url).toBe(`${origin}/repos/ada/learning/issues`);
    expect(first.headers.get("X-RateLimit-Remaining")).toBe("4999");
    // Repeated headers joined, as fetch joins them; names in lower case, in order.
    const headers = Object.fromEntries(first.headers);
    expect(headers.link).toBe('<a>; rel="next", <b>; rel="last"');
    expect(Object.keys(headers)).toEqual([...Object.keys(headers)].sort());
    expect(JSON.parse(await first.text())).toEqual({ number: 7, echoed: body });
    // The body went as sent, its length counted in bytes (the title has a non-ASCII dot).
    expect(seen[0]?.body).toBe(body);
    expect(seen[0]?.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(seen[0]?.headers.authorization).toBe("token t0");

    const second = await httpFetch(`${origin}/repos/ada/learning/issues`);
    expect(await second.text()).toBe(JSON.stringify({ number: 7, echoed: "" }));
    expect(seen.map((request) => [request.method, request.socket])).toEqual([
      ["POST", 1],
      ["GET", 1],
    ]);
  });

  it("hands a body it does not send itself (a blob, a stream) to Node's fetch", async () => {
    const { origin, seen } = await serve((_, response) => json(response, 200, {}));
    const answer = await httpFetch(`${origin}/upload`, { method: "POST", body: new Blob(["abc"]) });
    expect(answer.status).toBe(200);
    expect(seen.map((request) => [request.body, request.headers["accept-encoding"]])).toEqual([
      ["abc", "gzip, deflate"],
    ]);
  });

  it("decodes a compressed answer (gzip, deflate, br) and gives the bytes of any other", async () => {
    const encoders: Record<string, (text: string) => Buffer> = {
      gzip: (text) => gzipSync(text),
      deflate: (text) => deflateSync(text),
      br: (text) => brotliCompressSync(text),
    };
    const { origin } = await serve((request, response) => {
      const encoding = request.url?.slice(1) ?? "";
      const encode = encoders[encoding];
      if (encode) {
        response.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": encoding,
        });
        response.end(encode(JSON.stringify({ encoding })));
        return;
      }
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(Buffer.from([0, 1, 2, 255]));
    });
    for (const encoding of Object.keys(encoders)) {
      const answer = await httpFetch(`${origin}/${encoding}`);
      expect(JSON.parse(await answer.text())).toEqual({ encoding });
    }
    const bytes = await httpFetch(`${origin}/bytes`);
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it("follows redirects as fetch does, keeping credentials to their own origin", async () => {
    const elsewhere = await serve((request, response) => json(response, 200, { at: request.url }));
    const { origin, seen } = await serve((request, response) => {
      const to: Record<string, [number, string]> = {
        "/repos/ada/old-name": [301, "/repositories/42"],
        "/graphql-moved": [307, "/graphql"],
        "/form": [303, "/done"],
        "/away": [302, `${elsewhere.origin}/there`],
        "/loop": [302, "/loop"],
      };
      const redirect = to[request.url];
      if (!redirect) return json(response, 200, { at: request.url, method: request.method });
      response.writeHead(redirect[0], { location: redirect[1] });
      response.end();
    });
    const headers = { authorization: "token t0", "content-type": "application/json" };

    const renamed = await httpFetch(`${origin}/repos/ada/old-name`, { headers });
    expect(JSON.parse(await renamed.text())).toEqual({ at: "/repositories/42", method: "GET" });
    expect(renamed.url).toBe(`${origin}/repositories/42`);
    // A 307 keeps the method and the body.
    await httpFetch(`${origin}/graphql-moved`, { method: "POST", headers, body: "{}" });
    expect(seen.at(-1)).toMatchObject({ method: "POST", url: "/graphql", body: "{}" });
    // A POST answered 302 is followed with a GET, as is a 303, and without the body.
    await httpFetch(`${origin}/away`, { method: "POST", headers, body: "{}" });
    expect(elsewhere.seen.at(-1)).toMatchObject({ method: "GET", url: "/there", body: "" });
    // A 303 is followed with a GET and no body.
    await httpFetch(`${origin}/form`, { method: "POST", headers, body: "{}" });
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/done", body: "" });
    expect(seen.at(-1)?.headers["content-type"]).toBeUndefined();
    // Another origin gets no token.
    await httpFetch(`${origin}/away`, { headers });
    expect(elsewhere.seen.map((request) => request.headers.authorization)).toEqual([
      undefined,
      undefined,
    ]);
    expect(seen.find((request) => request.url === "/away")?.headers.authorization).toBe("token t0");

    // "manual" answers the redirect itself, "error" fails on it; a loop fails after twenty.
    const manual = await httpFetch(`${origin}/away`, { headers, redirect: "manual" });
    expect([manual.status, manual.headers.get("location")]).toEqual([
      302,
      `${elsewhere.origin}/there`,
    ]);
    await expect(httpFetch(`${origin}/away`, { redirect: "error" })).rejects.toBeInstanceOf(
      TypeError,
    );
    const before = seen.length;
    await expect(httpFetch(`${origin}/loop`)).rejects.toThrow("too many redirects");
    expect(seen.length - before).toBe(21);
  });

  it("stops at an abort, and fails as fetch fails when nothing answers", async () => {
    const { origin } = await serve(() => undefined);
    const controller = new AbortController();
    const pending = httpFetch(`${origin}/slow`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(httpFetch(`${origin}/slow`, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });

    // Requests that ended leave no listener on a signal they shared.
    const shared = new AbortController();
    const answering = await serve((_, response) => json(response, 200, {}));
    for (let i = 0; i < 3; i++) await httpFetch(answering.origin, { signal: shared.signal });
    expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);

    // An answer cut off midway fails, as fetch fails.
    const cut = await serve((_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    await expect(httpFetch(cut.origin)).rejects.toBeInstanceOf(TypeError);

    const closed = await serve(() => undefined);
    const port = new URL(closed.origin).port;
    for (const server of servers.splice(-1)) {
      await new Promise((resolve) => server.close(resolve));
    }
    const failure = httpFetch(`http://127.0.0.1:${port}/`);
    await expect(failure).rejects.toBeInstanceOf(TypeError);
    await expect(failure).rejects.toMatchObject({ cause: { code: "ECONNREFUSED" } });
  });

  it("is the fetch of Checkpoint's Octokit: answers, errors and GraphQL as Octokit reads them", async () => {
    nock.restore();
    const { origin, seen } = await serve((request, response) => {
      if (request.url === "/graphql")
        return json(response, 200, { data: { viewer: { login: "ada" } } });
      if (request.url.startsWith("/repos/ada/gone")) {
        return json(response, 404, { message: "Not Found", documentation_url: "https://docs" });
      }
      json(response, 200, { full_name: "ada/learning" });
    });
    const octokit = new CheckpointOctokit({
      baseUrl: origin,
      auth: "t0",
      throttle: { enabled: false },
      retry: { enabled: false },
    });
    const repo = await octokit.request("GET /repos/{owner}/{repo}", {
      owner: "ada",
      repo: "learning",
    });
    expect(repo.data).toEqual({ full_name: "ada/learning" });
    expect(repo.headers["content-type"]).toBe("application/json; charset=utf-8");
    const viewer = await octokit.graphql<{ viewer: { login: string } }>(
      "query { viewer { login } }",
    );
    expect(viewer.viewer.login).toBe("ada");
    const gone = octokit.request("GET /repos/{owner}/{repo}", { owner: "ada", repo: "gone" });
    await expect(gone).rejects.toMatchObject({
      name: "HttpError",
      status: 404,
      response: { data: { message: "Not Found" } },
    });
    // Sent by httpFetch: it asks for compressed answers, which Node's fetch asks without br.
    expect(seen.map((request) => request.headers["accept-encoding"])).toEqual(
      Array<string>(3).fill("gzip, deflate, br"),
    );
    // Over one connection.
    expect(new Set(seen.map((request) => request.socket))).toEqual(new Set([1]));
  });

  it("hands Octokit every kind of answer read as Octokit itself would read it", async () => {
    nock.restore();
    const answers: Record<string, [string | undefined, string]> = {
      "/json": ["application/json; charset=utf-8", '{"id": 3000000001, "body": "é", "n": null}'],
      "/scim": ["application/scim+json", "[1, 2.5]"],
      "/not-json": ["application/json", "<html>oops</html>"],
      "/empty-json": ["application/json", ""],
      "/raw": ["application/vnd.github.raw; charset=UTF-8", "# README\n"],
      "/diff": ["text/x-diff", "diff --git a/x b/x\n"],
      "/bytes": ["application/octet-stream; charset=utf-8", "\u0000\u0001"],
      "/zip": ["application/zip", "PK"],
      "/none": [undefined, "plain"],
      "/empty-type": ["", "plain"],
      "/spaced-charset": ['application/x-thing; charset = "UTF-8"', "spaced"],
      "/other-charset": ["application/x-thing; charset=latin1", "bytes"],
    };
    const { origin } = await serve((request, response) => {
      const [type, text] = answers[request.url] ?? [];
      response.writeHead(200, type === undefined ? {} : { "content-type": type });
      response.end(text);
    });
    const ours = new CheckpointOctokit({ baseUrl: origin, throttle: { enabled: false } });
    // Octokit reading the same answers itself.
    const octokits = new Octokit({ baseUrl: origin, request: { fetch: httpFetch } });
    for (const path of Object.keys(answers)) {
      const read = (await ours.request(`GET ${path}`)).data as unknown;
      const expected = (await octokits.request(`GET ${path}`)).data as unknown;
      expect(read, path).toEqual(expected);
      expect(read instanceof ArrayBuffer, path).toBe(expected instanceof ArrayBuffer);
    }
    expect((await ours.request("GET /json")).data).toEqual({ id: 3000000001, body: "é", n: null });
    // Read once: a second look (a log, a spread) sees the same object.
    const answer = await httpFetch(`${origin}/json`);
    expect(answer.body).toBe(answer.body);
  });

  it("also sends the installation token requests Probot makes for the app", async () => {
    const { origin, seen } = await serve((request, response) => {
      if (request.url === "/app/installations/5/access_tokens") {
        return json(response, 201, {
          token: "ghs_test",
          expires_at: "2999-01-01T00:00:00Z",
          permissions: { issues: "write" },
          repository_selection: "all",
        });
      }
      json(response, 200, { total_count: 0, repositories: [] });
    });
    const probot = new Probot({
      appId: 1,
      privateKey: TEST_PRIVATE_KEY,
      baseUrl: origin,
      Octokit: CheckpointOctokit,
      log: pino({ level: "silent" }),
    });
    const octokit = await probot.auth(5);
    await octokit.request("GET /installation/repositories");
    expect(seen.map((request) => [request.url, request.headers["accept-encoding"]])).toEqual([
      ["/app/installations/5/access_tokens", "gzip, deflate, br"],
      ["/installation/repositories", "gzip, deflate, br"],
    ]);
  });
});
