import type { Logger } from "pino";

/** How long after a failed webhook pass it is tried again; after the last, the hourly tick takes over. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 25 * 60_000] as const;

/** Starts `run` after `ms`; returns a way to cancel it. The process may exit while it waits. */
export type Timer = (run: () => void, ms: number) => () => void;

const realTimer: Timer = (run, ms) => {
  const handle = setTimeout(run, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

/**
 * Retries, with backoff, the pass over a learner that a webhook started and that failed: a
 * 5xx from GitHub a minute ago is usually gone now, and GitHub never redelivers. One retry
 * is pending per learner at a time; a pass that succeeds (by retry, webhook or tick) clears
 * it. Only a shortcut: the scheduler's next tick retries any learner still failing.
 */
export class Retries {
  readonly #pending = new Map<string, { attempt: number; cancel: () => void }>();

  constructor(
    private readonly log: Logger,
    private readonly timer: Timer = realTimer,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** The pass over `learner` failed: run `again` after a minute, unless a retry is pending already. */
  failed(learner: string, again: () => Promise<boolean>): void {
    if (!this.#pending.has(learner.toLowerCase())) this.#schedule(learner, 0, again);
  }

  /** The pass over `learner` succeeded: nothing is owed. */
  succeeded(learner: string): void {
    const key = learner.toLowerCase();
    this.#pending.get(key)?.cancel();
    this.#pending.delete(key);
  }

  #schedule(learner: string, attempt: number, again: () => Promise<boolean>): void {
    const key = learner.toLowerCase();
    const delay = this.delays[attempt];
    if (delay === undefined) {
      this.#pending.delete(key);
      this.log.warn({ learner }, "retries spent; the next scheduled tick tries again");
      return;
    }
    const cancel = this.timer(() => {
      const next = () => this.#schedule(learner, attempt + 1, again);
      void again().then((ok) => (ok ? this.succeeded(learner) : next()), next);
    }, delay);
    this.#pending.set(key, { attempt, cancel });
    this.log.info({ learner, retryInMs: delay }, "pass failed; retrying later");
  }
}
