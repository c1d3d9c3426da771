import { createRequire } from "node:module";
import type { WebhookDefinition } from "@octokit/webhooks-examples";

// The package is a JSON array behind a CommonJS-style `export default` declaration, which
// NodeNext types as a namespace object; require() gives the array its declaration describes.
const examples = createRequire(import.meta.url)(
  "@octokit/webhooks-examples",
) as WebhookDefinition[];

type Example = Record<string, unknown>;

/**
 * A deep copy of one of GitHub's real example payloads for `event`, the first that
 * satisfies `pick`; tests change only the fields their scenario is about.
 */
export function webhookExample<T = Example>(
  event: string,
  pick: (payload: Example) => boolean = () => true,
): T {
  const definition = examples.find((candidate) => candidate.name === event);
  const payload = (definition?.examples as Example[] | undefined)?.find(pick);
  if (!payload) throw new Error(`no ${event} example matches`);
  return structuredClone(payload) as T;
}
