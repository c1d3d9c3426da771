/** Runs work on one learner exclusively: in this process (LearnerLanes) or cluster-wide (queue/lease). */
export interface Lanes {
  run<T>(learner: string, work: () => Promise<T>): Promise<T>;
}

/**
 * One lane per learner: work on the same learner (a webhook's reconcile and the scheduled
 * one, two webhooks at once) runs one after the other within this process, never
 * interleaved; different learners run side by side.
 */
export class LearnerLanes implements Lanes {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(learner: string, work: () => Promise<T>): Promise<T> {
    const key = learner.toLowerCase();
    const before = this.#tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
