/*
 * The stand-in's routing: GitHub's own route templates, so requests are counted under the
 * names Octokit and GitHub's documentation use.
 */

/** Which part of a scheduled run a request serves. */
export type Category = "discovery" | "issues" | "activity";

/** A request, as a route's answer needs it. */
export interface Call {
  method: string;
  /** The path without the GitHub Enterprise prefix, e.g. `/repos/ada/learning/issues`. */
  path: string;
  /** The route's parameters, decoded: `{ owner, repo, issue_number, … }`. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The REST API's absolute base as the client sees it, for pagination links. */
  restBase: string;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** GitHub's template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  category: Category;
  answer: (call: Call) => Reply;
}

export const notFound: Reply = { status: 404, body: { message: "Not Found" } };

// Paths and compare ranges may hold slashes; every other parameter is one segment.
const GREEDY = new Set(["path", "basehead"]);

function matcher(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return GREEDY.has(name) ? "(.+)" : "([^/]+)";
  });
  return { regex: new RegExp(`^${source}$`), names };
}

/** Finds the route of a method and path (without the GitHub Enterprise prefix). */
export function router(routes: Route[]) {
  const compiled = routes.map((route) => ({ route, ...matcher(route.template) }));
  return (method: string, path: string) => {
    for (const { route, regex, names } of compiled) {
      const match = route.method === method ? regex.exec(path) : null;
      if (!match) continue;
      const params = Object.fromEntries(
        names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]),
      );
      return { route, params };
    }
    return undefined;
  };
}

/** One page of a list, with GitHub's `Link` header when more pages follow. */
export function page<T>(items: readonly T[], call: Call): Reply & { body: T[] } {
  const perPage = Math.min(Number(call.query.get("per_page") ?? 30), 100);
  const number = Math.max(Number(call.query.get("page") ?? 1), 1);
  const body = items.slice((number - 1) * perPage, number * perPage);
  if (number * perPage >= items.length) return { status: 200, body };
  const next = new URLSearchParams(call.query);
  next.set("page", String(number + 1));
  return {
    status: 200,
    body,
    headers: { link: `<${call.restBase}${call.path}?${next}>; rel="next"` },
  };
}
