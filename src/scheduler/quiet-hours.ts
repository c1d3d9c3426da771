import type { LearnerOutcome } from "../jobs/reconcile-installation.js";

/** However quiet an installation seems, it is looked at again after this long. */
export const LONGEST_QUIET_MS = 24 * 3_600_000;

/**
 * Which installations the scheduler may skip, and until when: after a run, nothing can fall
 * due for an installation before the earliest `wakeAt` of its learners, unless a webhook
 * says something changed (and clears it). Only an optimisation: an empty memory (a restart,
 * another replica) just means one full look, and GitHub stays the only truth.
 */
export class QuietHours {
  readonly #until = new Map<number, number>();

  isQuiet(installation: number, now: Date): boolean {
    return (this.#until.get(installation) ?? 0) > now.getTime();
  }

  /** Remembers a run's outcomes; a failure, or a learner without a wake-up, keeps it awake. */
  record(installation: number, outcomes: readonly LearnerOutcome[], now: Date): void {
    const wakes = outcomes.map((outcome) =>
      outcome.status === "failed" || !outcome.wakeAt ? 0 : new Date(outcome.wakeAt).getTime(),
    );
    const until = Math.min(now.getTime() + LONGEST_QUIET_MS, ...wakes);
    if (until > now.getTime()) this.#until.set(installation, until);
    else this.#until.delete(installation);
  }

  /** Something changed for this installation (a push, a comment, an install): look next tick. */
  wake(installation: number): void {
    this.#until.delete(installation);
  }
}
