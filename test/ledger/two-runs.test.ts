import { pino } from "pino";
import { Probot } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { readMarker } from "../../src/domain/marker.js";
import { AppIdentity } from "../../src/github/app-identity.js";
import { scheduledRun } from "../../src/scheduler/scheduled-run.js";
import { writesOf } from "../stand-in/count.js";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import { buildWorld, WEEK8_DUE } from "../stand-in/world/index.js";
import { TEST_PRIVATE_KEY, TestOctokit } from "../helpers/probot.js";

/*
 * Two scheduled runs at the same instant, as two processes would make them, against one
 * GitHub stand-in whose state both share: Ada's week 7 is open with her reply and its
 * summary; Grace's is open and silent. Week 8 is due.
 */

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

function run(probot: Probot, now = new Date(WEEK8_DUE)) {
  return scheduledRun({
    probot,
    log: pino({ level: "silent" }),
    now,
    dryRun: false,
    // Each "process" learns who it is on its own.
    identity: new AppIdentity(() => probot.auth()),
    canWrite: async () => false,
  });
}

describe("two scheduled runs interleaved at the same instant", () => {
  it("leave one week 8 issue, one closing summary and one close per learner", async () => {
    const world = buildWorld({ logins: ["ada", "grace"], reposEach: 1 });
    standIn = await startGitHubStandIn({ world, latencyMs: 5 });
    const probot = () =>
      new Probot({
        appId: 1,
        privateKey: TEST_PRIVATE_KEY,
        baseUrl: standIn?.baseUrl ?? "",
        Octokit: TestOctokit,
        log: pino({ level: "silent" }),
      });
    const outcomes = await Promise.all([run(probot()), run(probot())]);
    expect(outcomes.flat().every((outcome) => outcome.status === "ok")).toBe(true);

    for (const login of ["ada", "grace"]) {
      const issues = standIn.state.repos.get(`${login}/learning`)?.issues ?? [];
      const weekly = (week: number) =>
        issues.filter((issue) => {
          const marker = readMarker(issue.body);
          return marker?.kind === "weekly" && marker.week === week;
        });
      // One week 8 stays open; a twin a racing run opened is closed pointing to it.
      const open8 = weekly(8).filter((issue) => issue.state === "open");
      expect(open8).toHaveLength(1);
      for (const twin of weekly(8).filter((issue) => issue.state === "closed")) {
        expect(twin.state_reason).toBe("not_planned");
        expect(readMarker(twin.comments.at(-1)?.body)).toEqual({
          kind: "duplicate",
          of: open8[0]?.number,
        });
      }
      const [week7] = weekly(7);
      expect(week7?.state).toBe("closed");
      expect(week7?.state_reason).toBe(login === "ada" ? "completed" : "not_planned");
      const summaries = week7?.comments.filter(
        (comment) => readMarker(comment.body)?.kind === "week-summary",
      );
      expect(summaries).toHaveLength(1);
    }

    // A third run, later the same week, finds everything done and writes nothing.
    const before = standIn.requests.length;
    await run(probot(), new Date("2025-11-24T10:00:00Z"));
    expect(writesOf(standIn.requests.slice(before))).toEqual([]);
  });
});
