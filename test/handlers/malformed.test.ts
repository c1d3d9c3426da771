import { describe, expect, it } from "vitest";
import { captureLogger, testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";

/*
 * GitHub's real example payloads for every event Checkpoint handles, each with one field it
 * reads removed or nulled: the delivery is acknowledged (receive resolves, so Probot answers
 * 200), a warning names the field, and nothing is asked of GitHub (no network here: any
 * request would fail the pass and log an error).
 */

type Payload = Record<string, unknown>;

/** The fields each handler reads, as paths into the payload. */
const READ: [event: string, pick: (payload: Payload) => boolean, paths: string[]][] = [
  [
    "issue_comment",
    (payload) => payload.action === "created",
    [
      "installation",
      "installation.id",
      "repository",
      "repository.name",
      "repository.owner",
      "repository.owner.login",
      "repository.html_url",
      "repository.default_branch",
      "sender",
      "sender.login",
      "sender.type",
      "issue",
      "issue.number",
      "issue.user",
      "issue.user.login",
      "comment",
      "comment.user",
      "comment.user.type",
    ],
  ],
  [
    "issues",
    (payload) => payload.action === "edited",
    [
      "installation",
      "repository",
      "repository.owner.login",
      "sender",
      "sender.type",
      "issue",
      "issue.number",
      "issue.user",
      "issue.user.login",
    ],
  ],
  [
    "push",
    (payload) => payload.ref === "refs/heads/master" && "installation" in payload,
    [
      "installation",
      "repository",
      "repository.default_branch",
      "repository.owner",
      "ref",
      "commits",
    ],
  ],
  [
    "installation",
    (payload) => payload.action === "created",
    ["installation", "installation.id", "installation.account.login", "sender", "sender.login"],
  ],
];

function mutate(payload: Payload, path: string, how: "removed" | "null"): Payload {
  const copy = structuredClone(payload);
  const keys = path.split(".");
  const last = keys.pop() as string;
  let target: Payload | undefined = copy;
  for (const key of keys) target = target?.[key] as Payload | undefined;
  if (target) {
    if (how === "removed") Reflect.deleteProperty(target, last);
    else target[last] = null;
  }
  return copy;
}

describe("a delivery missing a field Checkpoint reads", () => {
  for (const [event, pick, paths] of READ) {
    const example = webhookExample<Payload>(event, pick);
    it.each(paths.flatMap((path) => (["removed", "null"] as const).map((how) => [path, how])))(
      `${event} with %s %s is acknowledged with a warning and no request`,
      async (path, how) => {
        const { log, lines } = captureLogger();
        const payload = mutate(example, path, how as "removed" | "null");
        await testProbot(log).receive({ id: "1", name: event as never, payload: payload as never });
        const entries = lines.map((line) => JSON.parse(line) as { level: number; msg: string });
        expect(entries.filter((entry) => entry.msg.startsWith("malformed delivery"))).toHaveLength(
          1,
        );
        expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
      },
    );
  }
});
