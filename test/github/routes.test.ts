import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Octokit } from "@octokit/rest";
import { describe, expect, it } from "vitest";

type Spec = { paths: Record<string, Record<string, unknown>> };
const spec = createRequire(import.meta.url)(
  "@octokit/openapi/generated/api.github.com.json",
) as Spec;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every REST route named in src/: `octokit.rest.x.y(…)` calls and "VERB /path" strings. */
function routesUsed(): string[] {
  const octokit = new Octokit();
  const routes = new Set<string>([
    // Read by Probot's config plugin on the app's behalf (context.config, octokit.config.get).
    "GET /repos/{owner}/{repo}/contents/{path}",
  ]);
  for (const file of sources("src")) {
    // Comments may mention routes loosely; only code counts.
    const text = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
      .join("\n");
    for (const [, namespace, method] of text.matchAll(/\brest\.(\w+)\.(\w+)\b/g)) {
      const endpoint = (
        octokit.rest as unknown as Record<
          string,
          Record<string, { endpoint: { DEFAULTS: { method: string; url: string } } }>
        >
      )[namespace as string]?.[method as string];
      if (!endpoint) throw new Error(`${file}: octokit.rest.${namespace}.${method} does not exist`);
      routes.add(`${endpoint.endpoint.DEFAULTS.method} ${endpoint.endpoint.DEFAULTS.url}`);
    }
    for (const [, route] of text.matchAll(/["'`]((?:GET|POST|PATCH|PUT|DELETE) \/[^"'`]+)["'`]/g)) {
      if (!route?.startsWith("POST /graphql")) routes.add(route as string);
    }
  }
  return [...routes].sort();
}

describe("requests the app makes", () => {
  const routes = routesUsed();

  it("finds the routes it checks", () => {
    expect(routes).toContain("POST /repos/{owner}/{repo}/issues");
    expect(routes).toContain("GET /installation/repositories");
  });

  it.each(routes)("%s is in GitHub's REST API description", (route) => {
    const [method, path] = route.split(" ") as [string, string];
    expect(spec.paths[path.split("?")[0] as string]?.[method.toLowerCase()], route).toBeDefined();
  });
});
