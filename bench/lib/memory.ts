/**
 * Samples the resident set size every `everyMs` until stopped; returns the peak in MiB.
 * Each sample costs about 0.15 ms of the measured process's CPU (it reads /proc), and the heap
 * grows and shrinks over seconds, so a tenth of a second apart is enough.
 */
export function sampleMemory(everyMs = 100): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return peak / 1024 / 1024;
    },
  };
}
