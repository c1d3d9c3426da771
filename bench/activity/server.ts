import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { README_CANDIDATES } from "../../src/domain/head-snapshot.js";
import type { BenchRepo } from "./world.js";

/** A stand-in for api.github.com on 127.0.0.1, answering what the activity source asks. */
export interface StandIn {
  baseUrl: string;
  /** Requests served, by "owner/name". */
  requestsByRepo: Map<string, number>;
  close(): Promise<void>;
}

const README =
  "# Project\n\n## Setup\n\n    pip install -r requirements.txt\n\n## Run\n\n    python manage.py runserver\n";

function activityAnswer(repo: BenchRepo) {
  const readmes = Object.fromEntries(
    README_CANDIDATES.map((_, i) => [`readme${i}`, i === 0 ? { text: README } : null]),
  );
  return {
    repository: {
      nameWithOwner: `${repo.owner}/${repo.name}`,
      url: `https://github.com/${repo.owner}/${repo.name}`,
      defaultBranchRef: { name: "main" },
      ...readmes,
      root: {
        entries: ["README.md", "manage.py", "requirements.txt", "Procfile"].map((name) => ({
          name,
          type: "blob",
        })),
      },
      workflows: { entries: [{ name: "ci.yml", type: "blob" }] },
      refs: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: repo.branches },
      pullRequests: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: repo.pulls },
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the stand-in on a random port; every answer waits `latencyMs` first, as the network would. */
export async function startStandIn(repos: BenchRepo[], latencyMs: number): Promise<StandIn> {
  const byName = new Map(repos.map((repo) => [`${repo.owner}/${repo.name}`, repo]));
  const requestsByRepo = new Map<string, number>();
  const served = (key: string) => requestsByRepo.set(key, (requestsByRepo.get(key) ?? 0) + 1);

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body: unknown) =>
      setTimeout(() => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      }, latencyMs);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "POST" && url.pathname === "/graphql") {
      const { query, variables } = JSON.parse(await readBody(request)) as {
        query: string;
        variables: { owner: string; name: string };
      };
      const key = `${variables.owner}/${variables.name}`;
      const repo = byName.get(key);
      served(key);
      // The world never needs a second page, so only the first query has answers.
      if (!repo || !query.includes("query CheckpointActivity"))
        return send(200, { errors: [{ message: `no answer for ${key}` }] });
      return send(200, { data: activityAnswer(repo) });
    }
    const compare = /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/.exec(url.pathname);
    if (request.method === "GET" && compare) {
      const key = `${compare[1]}/${compare[2]}`;
      served(key);
      const files = byName.get(key)?.compares.get(decodeURIComponent(compare[3] ?? ""));
      return files ? send(200, { files }) : send(404, { message: "Not Found" });
    }
    return send(404, { message: "Not Found" });
  };

  const server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requestsByRepo,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
