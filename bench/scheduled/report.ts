import type { LearnerOutcome } from "../../src/jobs/reconcile-installation.js";
import { countBy, writesOf } from "../../test/stand-in/count.js";
import { average } from "../lib/stats.js";
import type { RecordedRequest } from "../../test/stand-in/server.js";

/** What one scheduled run did and cost, as the benchmark measured it. */
export interface RunFigures {
  label: string;
  learners: number;
  outcomes: LearnerOutcome[];
  requests: RecordedRequest[];
  seconds: number;
  /** The app's process: peak RSS in MiB and CPU time (user and system) in ms. */
  peakMiB: number;
  cpuMs: number;
  /** The stand-in's own process, for comparison. */
  standInCpuMs: number;
}

const CATEGORIES = [
  ["activity", "activity (GraphQL + compare)"],
  ["issues", "issues, labels, markers"],
  ["discovery", "config and discovery"],
] as const;

const perLearner = (count: number, learners: number) => (count / learners).toFixed(2);

/** Creating an issue or a comment: the requests GitHub counts as content creation. */
const CONTENT_CREATION =
  /^POST \/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\}\/comments)?$/;

/**
 * How long each installation took, first request to last, and how far apart its GraphQL
 * queries and writes came: Octokit's own throttling queued both, one a second per
 * installation; Checkpoint's spaces writes only.
 */
function pacing(requests: RecordedRequest[]): { span: number; gap: number } {
  const spans: number[] = [];
  const gaps: number[] = [];
  const byLearner = new Map<string, RecordedRequest[]>();
  for (const request of requests) {
    if (request.learner)
      byLearner.set(request.learner, [...(byLearner.get(request.learner) ?? []), request]);
  }
  for (const own of byLearner.values()) {
    spans.push(((own.at(-1)?.at ?? 0) - (own[0]?.at ?? 0)) / 1000);
    const queued = own.filter((r) => r.route === "POST /graphql" || writesOf([r]).length > 0);
    for (let i = 1; i < queued.length; i += 1) {
      gaps.push(((queued[i]?.at ?? 0) - (queued[i - 1]?.at ?? 0)) / 1000);
    }
  }
  return { span: average(spans), gap: average(gaps) };
}

/** Prints a run's figures: per learner-week, by category and route, time and memory. */
export function printRun(figures: RunFigures): void {
  const { label, learners, outcomes, requests } = figures;
  const statuses = countBy(outcomes, (outcome) => outcome.status);
  const details = countBy(outcomes, (outcome) => outcome.detail.replace(/#\d+/g, "#n"));
  console.log(`${label}: ${JSON.stringify(statuses)}`);
  for (const [detail, count] of Object.entries(details)) console.log(`  ${count} × ${detail}`);
  // Requests under no installation's token: the app's own (its installations, listed once a
  // pass), or any the stand-in refused for want of a known token (see "statuses").
  const apps = requests.filter((request) => request.learner === undefined).length;
  console.log(
    `  requests: ${requests.length} total, ${perLearner(requests.length, learners)} per learner-week ` +
      `(${perLearner(requests.length - apps, learners)} by learners' installations, ` +
      `and ${apps} in all under no installation, the app's own)`,
  );
  const byCategory = countBy(requests, (request) => request.category ?? "unmatched");
  for (const [category, name] of CATEGORIES) {
    console.log(`    ${name}: ${perLearner(byCategory[category] ?? 0, learners)}`);
  }
  if (byCategory.unmatched) console.log(`    UNMATCHED: ${byCategory.unmatched}`);
  const graphql = requests.filter((request) => request.points !== undefined);
  const points = graphql.reduce((sum, request) => sum + (request.points ?? 0), 0);
  console.log(
    `    REST ${perLearner(requests.length - graphql.length, learners)}, GraphQL ${perLearner(graphql.length, learners)}; ` +
      `GraphQL points ${perLearner(points, learners)} per learner-week`,
  );
  const writes = writesOf(requests);
  // What GitHub limits to 80 a minute and 500 an hour: issues and comments created.
  const created = writes.filter((request) => CONTENT_CREATION.test(request.route));
  console.log(
    `  writes: ${writes.length} (${perLearner(writes.length, learners)} per learner-week); ` +
      `content created: ${created.length} (${perLearner(created.length, learners)})`,
  );
  const routeOf = (request: RecordedRequest) =>
    request.operation ? `${request.route} ${request.operation}` : request.route;
  console.log(`  by route: ${JSON.stringify(countBy(requests, routeOf))}`);
  console.log(`  statuses: ${JSON.stringify(countBy(requests, (r) => String(r.status)))}`);
  console.log(
    `  CPU: app ${perLearner(figures.cpuMs, learners)} ms per learner-week ` +
      `(stand-in, in its own process: ${perLearner(figures.standInCpuMs, learners)} ms)`,
  );
  const { span, gap } = pacing(requests);
  console.log(
    `  wall time: ${figures.seconds.toFixed(2)} s; peak RSS: ${figures.peakMiB.toFixed(1)} MiB; ` +
      `per installation ${span.toFixed(2)} s first to last request, ${gap.toFixed(2)} s between its GraphQL queries and writes`,
  );
}
