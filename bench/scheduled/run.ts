import { pino } from "pino";
import { Probot } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { INSTALLATION_CONCURRENCY, scheduledRun } from "../../src/jobs/scheduled-run.js";
import { QuietHours } from "../../src/scheduler/quiet-hours.js";
import { TEST_PRIVATE_KEY } from "../../test/helpers/probot.js";
import { sampleMemory } from "../lib/memory.js";
import { writesOf } from "../lib/stand-in/count.js";
import { startGitHubStandIn, type GitHubStandIn } from "../lib/stand-in/server.js";
import { buildWorld, numberedLogins, WEEK8_DUE } from "../lib/world/index.js";
import { worldProblems } from "./check.js";
import { printRun, type RunFigures } from "./report.js";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const REPOS_EACH = 3;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const CONCURRENCY = Number(process.env.CHECKPOINT_CONCURRENCY ?? INSTALLATION_CONCURRENCY);
// BENCH_GHE=1 reaches the stand-in as a GitHub Enterprise Server, under /api/v3.
const ENTERPRISE = process.env.BENCH_GHE === "1";

async function measuredRun(
  label: string,
  probot: Probot,
  standIn: GitHubStandIn,
  quiet?: QuietHours,
): Promise<RunFigures> {
  const first = standIn.requests.length;
  const memory = sampleMemory();
  const started = performance.now();
  const outcomes = await scheduledRun({
    probot,
    log: pino({ level: "silent" }),
    now: new Date(WEEK8_DUE),
    dryRun: false,
    identity: new AppIdentity(() => probot.auth()),
    canWrite: async () => false,
    concurrency: CONCURRENCY,
    ...(quiet ? { quiet } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMiB = memory.stop();
  return {
    label,
    learners: LEARNERS,
    outcomes,
    requests: standIn.requests.slice(first),
    seconds,
    peakMiB,
  };
}

/**
 * A whole scheduled run, the way `checkpoint run` and the scheduler make it, for a cohort
 * against a local GitHub with network-like latency: week 8 is due and week 7 still open.
 * Then the same run again at the same instant, which must find everything done and write
 * nothing. Fails when any home ends up with a week opened twice or wrong figures.
 */
export async function scheduledBenchmark(): Promise<void> {
  const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: REPOS_EACH });
  const standIn = await startGitHubStandIn({ world, latencyMs: LATENCY_MS });
  const probot = new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    baseUrl: ENTERPRISE ? `${standIn.baseUrl}/api/v3` : standIn.baseUrl,
    Octokit: CheckpointOctokit,
    log: pino({ level: "silent" }),
  });
  try {
    console.log(
      `learners ${LEARNERS} × repositories ${REPOS_EACH}; latency ${LATENCY_MS} ms; ` +
        `installation concurrency ${CONCURRENCY}; ` +
        (ENTERPRISE ? "as GitHub Enterprise Server (/api/v3)" : "as api.github.com"),
    );
    // The in-process scheduler remembers, between ticks, until when nothing can fall due.
    const quiet = new QuietHours();
    printRun(await measuredRun("first run, week 8 due", probot, standIn, quiet));
    const again = await measuredRun(
      "second run, same instant (no memory, as `checkpoint run`)",
      probot,
      standIn,
    );
    printRun(again);
    const tick = await measuredRun(
      "next scheduler tick (with the scheduler's memory)",
      probot,
      standIn,
      quiet,
    );
    printRun(tick);
    const problems = worldProblems(standIn.state);
    if (writesOf(again.requests).length > 0) problems.push("the second run wrote to GitHub");
    if (writesOf(tick.requests).length > 0) problems.push("the quiet tick wrote to GitHub");
    if (problems.length > 0) {
      throw new Error(`the world is wrong after the runs:\n  ${problems.join("\n  ")}`);
    }
    console.log("world checked: one issue per learner-week, figures as worked out by hand");
  } finally {
    await standIn.close();
  }
}
