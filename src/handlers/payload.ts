import type { Logger } from "pino";
import { z } from "zod";

/*
 * What each handler reads of a delivery, validated before anything is read: a payload with
 * a field missing or null is logged as a warning and acknowledged, never a 500.
 */

const actor = z.looseObject({ login: z.string().min(1), type: z.string() });

const repository = z.looseObject({
  name: z.string().min(1),
  owner: z.looseObject({ login: z.string().min(1), type: z.string().min(1) }),
  html_url: z.url(),
  default_branch: z.string().min(1),
});

const installation = z.looseObject({ id: z.number().int() });

export const commentDelivery = z.looseObject({
  installation,
  repository,
  sender: actor,
  issue: z.looseObject({
    number: z.number().int(),
    user: actor,
    pull_request: z.unknown().optional(),
  }),
  comment: z.looseObject({ user: actor }),
});

export const issueDelivery = z.looseObject({
  installation,
  repository,
  sender: actor,
  issue: z.looseObject({ number: z.number().int(), user: actor }),
});

export const pushDelivery = z.looseObject({
  installation,
  repository,
  ref: z.string(),
  commits: z.array(
    z.looseObject({
      added: z.array(z.string()).optional(),
      modified: z.array(z.string()).optional(),
    }),
  ),
});

export const installationDelivery = z.looseObject({
  action: z.string(),
  installation: z.looseObject({
    id: z.number().int(),
    account: z.looseObject({ login: z.string().min(1) }).nullable(),
  }),
  sender: actor,
});

/** The repository a delivery is about, as a learner's home. */
export type DeliveredRepository = z.infer<typeof repository>;

/** The delivery's facts, or undefined (logged) when it lacks what the handler reads. */
export function validated<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  log: Pick<Logger, "warn">,
): z.infer<S> | undefined {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => issue.path.join(".") || "(payload)");
  log.warn({ fields }, "malformed delivery: acknowledged and ignored");
  return undefined;
}
