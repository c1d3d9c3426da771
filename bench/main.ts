/*
 * Checkpoint's benchmarks: `npm run bench` runs them all, `npm run bench -- activity` one.
 * Each prints its own figures and stops by itself. Add a benchmark by adding an entry.
 */
import { activityBenchmark } from "./activity/run.js";
import { adversarialBenchmark } from "./adversarial/run.js";
import { queueBenchmark } from "./queue/run.js";
import { cohortBenchmark, scheduledBenchmark, wideBenchmark } from "./scheduled/run.js";
import { webhooksBenchmark } from "./webhooks/run.js";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  activity: activityBenchmark,
  adversarial: adversarialBenchmark,
  cohort: cohortBenchmark,
  queue: queueBenchmark,
  scheduled: scheduledBenchmark,
  webhooks: webhooksBenchmark,
  wide: wideBenchmark,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(", ")}. Known: ${Object.keys(BENCHMARKS).join(", ")}`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHMARKS)) {
  console.log(`\n== ${name} ==`);
  await BENCHMARKS[name]?.();
}
