import { pino } from "pino";
import { Probot } from "probot";
import { AppIdentity } from "../../src/github/app-identity.js";
import { CheckpointOctokit } from "../../src/github/octokit.js";
import { checkpointApp } from "../../src/index.js";
import { TEST_PRIVATE_KEY } from "../../test/helpers/probot.js";
import { countBy, writesOf } from "../../test/stand-in/count.js";
import { startGitHubStandIn, type GitHubStandIn } from "../../test/stand-in/server.js";
import { commentDelivery, learnerComments } from "../../test/stand-in/world/deliveries.js";
import {
  APP_LOGIN,
  buildWorld,
  numberedLogins,
  type BenchLearner,
} from "../../test/stand-in/world/index.js";

// Probot spaces comment creation 3 s apart (issue and comment "notifications"), so a few suffice.
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
/** Mid-week 7 (posted Mon Nov 17): nothing is due but what the comment asks for. */
const NOW = new Date("2025-11-20T12:00:00Z");

const REPLY = "## Summary\nViews done.\n\n## Next steps\n- Deploy to Render";

/** Delivers one comment per learner, one learner after another, and prints what it cost. */
async function scenario(params: {
  label: string;
  probot: Probot;
  standIn: GitHubStandIn;
  learners: BenchLearner[];
  body: string;
}): Promise<void> {
  const { label, probot, standIn, learners } = params;
  const first = standIn.requests.length;
  const handled: number[] = [];
  for (const learner of learners) {
    const { issue, comment } = learnerComments(standIn.state, learner, params.body);
    const started = performance.now();
    await probot.receive(commentDelivery(learner, issue, comment));
    handled.push(performance.now() - started);
  }
  const requests = standIn.requests.slice(first);
  const per = (count: number) => (count / learners.length).toFixed(2);
  const sorted = [...handled].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  console.log(`${label}: ${learners.length} learners`);
  console.log(
    `  requests per learner-week: ${per(requests.length)}; writes: ${per(writesOf(requests).length)}`,
  );
  console.log(`  by route: ${JSON.stringify(countBy(requests, (request) => request.route))}`);
  console.log(
    `  one delivery handled in p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms`,
  );
}

/**
 * What answering a learner costs: a reply to the week's issue (answered with one summary),
 * then a command on it (answered once), each delivered as GitHub would, through Probot,
 * against the stand-in with network-like latency.
 */
export async function webhooksBenchmark(): Promise<void> {
  const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: 1 });
  const standIn = await startGitHubStandIn({ world, latencyMs: LATENCY_MS });
  const probot = new Probot({
    appId: 1,
    privateKey: TEST_PRIVATE_KEY,
    baseUrl: standIn.baseUrl,
    Octokit: CheckpointOctokit,
    log: pino({ level: "silent" }),
  });
  probot.load(
    checkpointApp({
      clock: () => NOW,
      identity: () => AppIdentity.known(APP_LOGIN),
      // Deliveries only: no hourly tick to keep the benchmark's process alive.
      env: { CHECKPOINT_SCHEDULE: "off" },
    }),
  );
  try {
    console.log(`latency ${LATENCY_MS} ms; each learner's week 7 open, week 8 not yet due`);
    // Every other learner has not replied yet: those reply now.
    const silent = world.filter((_learner, index) => index % 2 === 1);
    await scenario({
      label: "a replied week (the reply's webhook)",
      probot,
      standIn,
      learners: silent,
      body: REPLY,
    });
    await scenario({
      label: "a week with a command (/checkpoint help)",
      probot,
      standIn,
      learners: world,
      body: "/checkpoint help",
    });
  } finally {
    await standIn.close();
  }
}
