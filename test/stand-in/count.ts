import type { RecordedRequest } from "./server.js";

/** How many items fall under each key; items without one are left out. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = key(item);
    if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Requests that change GitHub: any method but GET, apart from reads sent as POST. */
export function writesOf(requests: readonly RecordedRequest[]): RecordedRequest[] {
  const reads = new Set([
    "POST /graphql",
    "POST /app/installations/{installation_id}/access_tokens",
  ]);
  return requests.filter((request) => request.method !== "GET" && !reads.has(request.route));
}
