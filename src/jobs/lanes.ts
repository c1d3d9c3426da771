/** Runs work on one learner exclusively: in this process (LearnerLanes) or cluster-wide (queue/lease). */
export interface Lanes {
  run<T>(learner: string, work: () => Promise<T>): Promise<T>;
  /**
   * Whether no work on `learner` ended since `instant` (a `performance.now()` reading), so
   * what was read of them then still stands. Lanes that cannot tell (across processes) lack it.
   */
  untouchedSince?(learner: string, instant: number): boolean;
}

/**
 * How long a lane remembers when work on a learner last ended (see LearnerLanes), and so
 * the oldest reading that may still stand.
 */
export const LANE_MEMORY_MS = 60_000;

/**
 * One lane per learner: work on the same learner (a webhook's reconcile and the scheduled
 * one, two webhooks at once) runs one after the other within this process, never
 * interleaved; different learners run side by side.
 */
export class LearnerLanes implements Lanes {
  readonly #tails = new Map<string, Promise<unknown>>();
  /** When work on each learner last ended, for LANE_MEMORY_MS. */
  readonly #ended = new Map<string, number>();

  run<T>(learner: string, work: () => Promise<T>): Promise<T> {
    const key = learner.toLowerCase();
    const before = this.#tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.then(
      () => this.#end(key),
      () => this.#end(key),
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  untouchedSince(learner: string, instant: number): boolean {
    const now = performance.now();
    if (now - instant > LANE_MEMORY_MS) return false;
    return (this.#ended.get(learner.toLowerCase()) ?? -Infinity) < instant;
  }

  #end(key: string): void {
    const now = performance.now();
    // Kept in the order work ended, so what is too old to matter is at the front.
    this.#ended.delete(key);
    this.#ended.set(key, now);
    for (const [learner, ended] of this.#ended) {
      if (now - ended <= LANE_MEMORY_MS) break;
      this.#ended.delete(learner);
    }
  }
}
