import { Octokit } from "@octokit/rest";
import { fetchGitHubActivity } from "../../src/github/activity/index.js";
import { sampleMemory } from "../lib/memory.js";
import { average } from "../lib/stats.js";
import { mapLimit } from "../lib/pool.js";
import { countBy } from "../../test/stand-in/count.js";
import { startGitHubStandIn } from "../../test/stand-in/server.js";
import {
  LOOKBACK_START,
  WINDOW,
  buildWorld,
  numberedLogins,
} from "../../test/stand-in/world/index.js";

const LEARNERS = 200;
const REPOS_EACH = 3;
const CONCURRENCY = 8;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);

/**
 * The GitHub activity source over a cohort's week, against a local stand-in with network-like
 * latency: requests per learner-week and per repository, wall time, peak memory.
 */
export async function activityBenchmark(): Promise<void> {
  const world = buildWorld({ logins: numberedLogins(LEARNERS), reposEach: REPOS_EACH });
  const standIn = await startGitHubStandIn({ world, latencyMs: LATENCY_MS });
  const jobs = world.flatMap((learner) => {
    // One client per learner, as each learner's installation has its own token.
    const octokit = new Octokit({ baseUrl: standIn.baseUrl, auth: standIn.tokenFor(learner) });
    return learner.repos.map((repo) => ({ learner, repo, octokit }));
  });
  const memory = sampleMemory();
  const started = performance.now();
  try {
    const results = await mapLimit(jobs, CONCURRENCY, async ({ learner, repo, octokit }) => {
      const activity = await fetchGitHubActivity({
        client: octokit,
        owner: repo.owner,
        repo: repo.name,
        window: WINDOW,
        lookbackStart: LOOKBACK_START,
        learner: { login: learner.login, emails: learner.emails },
      });
      if (activity.commits.length !== repo.expectedCommits) {
        throw new Error(
          `${repo.owner}/${repo.name}: ${activity.commits.length} commits, expected ${repo.expectedCommits}`,
        );
      }
      return { kind: repo.kind, key: `${repo.owner}/${repo.name}` };
    });
    const seconds = (performance.now() - started) / 1000;
    const peakMiB = memory.stop();
    const byRepo = countBy(standIn.requests, (request) => request.repo);
    const total = standIn.requests.length;
    const requestsOf = (kind: string) =>
      results.filter((result) => result.kind === kind).map((result) => byRepo[result.key] ?? 0);
    const active = [...requestsOf("solo"), ...requestsOf("shared")];
    const idle = requestsOf("idle");
    console.log(
      `learners ${LEARNERS} × repositories ${REPOS_EACH}; latency ${LATENCY_MS} ms; concurrency ${CONCURRENCY}`,
    );
    console.log(
      `repositories: ${active.length} active (${requestsOf("shared").length} with a collaborator's commit), ${idle.length} idle`,
    );
    console.log(`requests: ${total} total, ${(total / LEARNERS).toFixed(2)} per learner-week`);
    console.log(
      `  per active repository: ${average(active).toFixed(2)} (solo ${average(requestsOf("solo")).toFixed(2)}, with collaborator ${average(requestsOf("shared")).toFixed(2)}, max ${Math.max(...active)})`,
    );
    console.log(`  per idle repository: ${average(idle).toFixed(2)} (max ${Math.max(...idle)})`);
    console.log(
      `  by route: ${JSON.stringify(countBy(standIn.requests, (request) => request.route))}`,
    );
    console.log(`wall time: ${seconds.toFixed(2)} s; peak RSS: ${peakMiB.toFixed(1)} MiB`);
  } finally {
    memory.stop();
    await standIn.close();
  }
}
