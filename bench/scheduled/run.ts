import { pino } from "pino";
import { Probot } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { INSTALLATION_CONCURRENCY, scheduledRun } from "../../src/scheduler/scheduled-run.js";
import { NextWeeks } from "../../src/scheduler/next-weeks.js";
import { QuietHours } from "../../src/scheduler/quiet-hours.js";
import { TEST_PRIVATE_KEY } from "../../test/helpers/probot.js";
import { sampleMemory } from "../lib/memory.js";
import { profiled } from "../lib/profile.js";
import { writesOf } from "../../test/stand-in/count.js";
import { WEEK8_DUE } from "../../test/stand-in/world/index.js";
import { printRun, type RunFigures } from "./report.js";
import { startStandInProcess, type StandInProcess } from "./stand-in-process.js";

/** Five days before week 8 is due: week 7 is posted, and its reminder is not due yet. */
const BEFORE_WEEK8 = new Date(Date.parse(WEEK8_DUE) - 5 * 86_400_000).toISOString();
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const REPOS_EACH = 3;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const CONCURRENCY = Number(process.env.CHECKPOINT_CONCURRENCY ?? INSTALLATION_CONCURRENCY);
// BENCH_GHE=1 reaches the stand-in as a GitHub Enterprise Server, under /api/v3.
const ENTERPRISE = process.env.BENCH_GHE === "1";

/** CPU milliseconds, user and system, since `before`. */
const cpuMsSince = (before: NodeJS.CpuUsage, after: NodeJS.CpuUsage) =>
  (after.user - before.user + after.system - before.system) / 1000;

interface BenchWorld {
  learners: number;
  probot: Probot;
  standIn: StandInProcess;
}

async function measuredRun(
  label: string,
  { learners, probot, standIn }: BenchWorld,
  memory: { quiet?: QuietHours; nextWeeks?: NextWeeks; now?: string } = {},
): Promise<RunFigures> {
  const { quiet, nextWeeks } = memory;
  const standInCpu = await standIn.cpu();
  const rss = sampleMemory();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcomes = await scheduledRun({
    probot,
    log: pino({ level: "silent" }),
    now: new Date(memory.now ?? WEEK8_DUE),
    dryRun: false,
    identity: new AppIdentity(() => probot.auth()),
    canWrite: async () => false,
    concurrency: CONCURRENCY,
    ...(quiet ? { quiet } : {}),
    ...(nextWeeks ? { nextWeeks } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpuMsSince(cpu, process.cpuUsage());
  const peakMiB = rss.stop();
  return {
    label,
    learners,
    outcomes,
    requests: await standIn.requests(),
    seconds,
    peakMiB,
    cpuMs,
    standInCpuMs: cpuMsSince(standInCpu, await standIn.cpu()),
  };
}

/** The app's Probot against the stand-in; each has its own installation tokens. */
function benchProbot(standIn: StandInProcess): Probot {
  return new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    baseUrl: ENTERPRISE ? `${standIn.baseUrl}/api/v3` : standIn.baseUrl,
    Octokit: CheckpointOctokit,
    log: pino({ level: "silent" }),
  });
}

/** Runs `work` against a stand-in of `learners` × `reposEach`, then checks its world. */
async function inWorld(
  learners: number,
  reposEach: number,
  work: (world: BenchWorld) => Promise<void>,
): Promise<void> {
  const standIn = await startStandInProcess({ learners, reposEach, latencyMs: LATENCY_MS });
  const probot = benchProbot(standIn);
  try {
    console.log(
      `learners ${learners} × repositories ${reposEach}; latency ${LATENCY_MS} ms; ` +
        `installation concurrency ${CONCURRENCY}; ` +
        (ENTERPRISE ? "as GitHub Enterprise Server (/api/v3)" : "as api.github.com"),
    );
    await work({ learners, probot, standIn });
    const problems = await standIn.problems();
    if (problems.length > 0) {
      throw new Error(`the world is wrong after the runs:\n  ${problems.join("\n  ")}`);
    }
    console.log("world checked: one issue per learner-week, figures as worked out by hand");
  } finally {
    await standIn.close();
  }
}

/**
 * A whole scheduled run, the way `checkpoint run` and the scheduler make it, for a cohort
 * against a local GitHub with network-like latency: week 8 is due and week 7 still open.
 * Then the same run again at the same instant, which must find everything done and write
 * nothing. Fails when any home ends up with a week opened twice or wrong figures.
 * The stand-in runs in a process of its own, so this process's CPU time and memory are the
 * app's (and the benchmark's bookkeeping, a sample of the RSS every 100 ms).
 */
export async function scheduledBenchmark(): Promise<void> {
  await inWorld(LEARNERS, REPOS_EACH, async (world) => {
    // The in-process scheduler remembers, between ticks, until when nothing can fall due,
    // and each learner's next week, asked with the files when it is due.
    const quiet = new QuietHours();
    const nextWeeks = new NextWeeks();
    // Its own tokens: five days later they have expired, and week 8's run asks new ones.
    const before = await measuredRun(
      "the scheduler's pass five days before (week 7 posted)",
      { ...world, probot: benchProbot(world.standIn) },
      {
        nextWeeks,
        now: BEFORE_WEEK8,
      },
    );
    printRun(before);
    if (writesOf(before.requests).length > 0) throw new Error("the pass before wrote to GitHub");
    // BENCH_PROFILE=<file> writes the first run's CPU profile (bench/lib/profile.ts).
    printRun(
      await profiled(() =>
        measuredRun("first run, week 8 due (with the memory of the pass before)", world, {
          quiet,
          nextWeeks,
        }),
      ),
    );
    const again = await measuredRun(
      "second run, same instant (no memory, as `checkpoint run`)",
      world,
    );
    printRun(again);
    const tick = await measuredRun("next scheduler tick (with the scheduler's memory)", world, {
      quiet,
    });
    printRun(tick);
    if (writesOf(again.requests).length > 0) throw new Error("the second run wrote to GitHub");
    if (writesOf(tick.requests).length > 0) throw new Error("the quiet tick wrote to GitHub");
  });
}

/** A cohort of 1,000 learners, week 8 due: how long one run takes and how much memory. */
export async function cohortBenchmark(): Promise<void> {
  await inWorld(1_000, REPOS_EACH, async (world) => {
    printRun(await measuredRun("first run, week 8 due", world));
  });
}

/**
 * Learners who gave the app fifty repositories each, two in three active in the week (each
 * with a feature branch): what GitHub's formula charges them in GraphQL points.
 */
export async function wideBenchmark(): Promise<void> {
  await inWorld(10, 50, async (world) => {
    printRun(await measuredRun("first run, week 8 due", world));
  });
}
