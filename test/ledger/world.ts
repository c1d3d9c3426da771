import { pino } from "pino";
import { Probot } from "probot";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import type { IssueState } from "../stand-in/state.js";
import { learnerComments } from "../stand-in/world/deliveries.js";
import { buildWorld, type BenchLearner } from "../stand-in/world/index.js";
import { readMarker, type Marker } from "../../src/domain/marker.js";
import { AppIdentity } from "../../src/github/app-identity.js";
import type { WriteAccessCheck } from "../../src/github/permissions.js";
import { checkpointApp } from "../../src/index.js";
import type { NextWeeks } from "../../src/scheduler/next-weeks.js";
import { scheduledRun } from "../../src/scheduler/scheduled-run.js";
import type { Timer } from "../../src/handlers/retries.js";
import { BOT, TEST_PRIVATE_KEY, TestOctokit } from "../helpers/probot.js";

/*
 * Ada and Grace on one GitHub stand-in that every "process" of a test shares. Grace's week 7
 * (issue #1 of grace/learning, Nov 10 – 16) is open with no comment; week 8 is due at
 * WEEK8_DUE. Call closeWorld after each test.
 */

export const DURING_WEEK_8 = () => new Date("2025-11-20T12:00:00Z");
export const COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

let standIn: GitHubStandIn | undefined;

/** Stops the stand-in of the test that ran. */
export async function closeWorld(): Promise<void> {
  await standIn?.close();
  standIn = undefined;
}

export async function graceWorld(): Promise<{
  grace: BenchLearner;
  week7: IssueState;
  gh: GitHubStandIn;
}> {
  const world = buildWorld({ logins: ["ada", "grace"], reposEach: 1 });
  standIn = await startGitHubStandIn({ world });
  const grace = world[1] as BenchLearner;
  const week7 = standIn.state.repos.get("grace/learning")?.issues[0] as IssueState;
  return { grace, week7, gh: standIn };
}

const silent = () => pino({ level: "silent" });

/** One Checkpoint process: its own Probot, lanes and caches, the stand-in's GitHub. */
export function process(gh: GitHubStandIn, clock = DURING_WEEK_8, retryTimer?: Timer): Probot {
  const probot = new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    baseUrl: gh.baseUrl,
    Octokit: TestOctokit,
    log: silent(),
  });
  probot.load(
    checkpointApp({
      clock,
      identity: () => AppIdentity.known(BOT),
      ...(retryTimer ? { retryTimer } : {}),
    }),
  );
  return probot;
}

/** The scheduler's pass at `now`, as `checkpoint run` makes it. */
export function scheduled(
  gh: GitHubStandIn,
  now: string,
  canWrite: WriteAccessCheck = async () => false,
  nextWeeks?: NextWeeks,
) {
  const probot = process(gh);
  return scheduledRun({
    probot,
    log: silent(),
    now: new Date(now),
    dryRun: false,
    identity: AppIdentity.known(BOT),
    canWrite,
    ...(nextWeeks ? { nextWeeks } : {}),
  });
}

/** Grace writes a comment on her week 7 issue; the stand-in keeps it. */
export function graceWrites(gh: GitHubStandIn, grace: BenchLearner, body: string) {
  return learnerComments(gh.state, grace, body).comment;
}

export const markersOf = (issue: IssueState | undefined, kind: Marker["kind"]) =>
  (issue?.comments ?? [])
    .filter((comment) => comment.user.login === BOT)
    .map((comment) => readMarker(comment.body))
    .filter((marker) => marker?.kind === kind);
