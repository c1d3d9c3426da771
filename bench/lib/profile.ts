import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

/**
 * Profiles `work` when BENCH_PROFILE names a file: its CPU profile is written there, and
 * where its allocations came from (sampled every 32 KiB) beside it, `<file>.heapprofile`;
 * both open in Chrome's DevTools. Only the work is profiled, not the start-up.
 */
export async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 32 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(file, JSON.stringify(profile));
    const heap = await session.post("HeapProfiler.stopSampling");
    await writeFile(`${file}.heapprofile`, JSON.stringify(heap.profile));
    session.disconnect();
    console.log(`  CPU profile written to ${file}, allocations to ${file}.heapprofile`);
  }
}
