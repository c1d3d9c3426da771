import examples from "@octokit/webhooks-examples";

type Example = Record<string, unknown>;

/**
 * A deep copy of one of GitHub's real example payloads for `event`, the first that
 * satisfies `pick`; tests change only the fields their scenario is about.
 */
export function webhookExample<T = Example>(
  event: string,
  pick: (payload: Example) => boolean = () => true,
): T {
  const entry = (examples as { name: string; examples: Example[] }[]).find((e) => e.name === event);
  const payload = entry?.examples.find(pick);
  if (!payload) throw new Error(`no ${event} example matches`);
  return structuredClone(payload) as T;
}
