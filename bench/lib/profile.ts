import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

/**
 * Profiles `work` when BENCH_PROFILE names a file: its CPU profile is written there, to open
 * in Chrome's DevTools or any .cpuprofile reader. Only the work is profiled, not the start-up.
 */
export async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`  CPU profile written to ${file}`);
  }
}
