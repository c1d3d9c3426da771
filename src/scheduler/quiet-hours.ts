import type { LearnerOutcome } from "../jobs/reconcile-installation.js";
import { LocalMemory, type SharedMemory } from "../memory/shared-memory.js";

/** However quiet an installation seems, it is looked at again after this long. */
const LONGEST_QUIET_MS = 24 * 3_600_000;

/**
 * Which installations the scheduler may skip, and until when: after a run, nothing can fall
 * due for an installation before the earliest `wakeAt` of its learners, unless a webhook
 * says something changed (and clears it). Only an optimisation: an empty memory (a restart,
 * a lost Redis) just means one full look, and GitHub stays the only truth.
 */
export class QuietHours {
  constructor(private readonly memory: SharedMemory = new LocalMemory()) {}

  async isQuiet(installation: number, now: Date): Promise<boolean> {
    const until = Number(await this.memory.get(key(installation)));
    return until > now.getTime();
  }

  /** Remembers a run's outcomes; a failure, or a learner without a wake-up, keeps it awake. */
  async record(
    installation: number,
    outcomes: readonly LearnerOutcome[],
    now: Date,
  ): Promise<void> {
    const wakes = outcomes.map((outcome) =>
      outcome.status === "failed" || !outcome.wakeAt ? 0 : new Date(outcome.wakeAt).getTime(),
    );
    const until = Math.min(now.getTime() + LONGEST_QUIET_MS, ...wakes);
    if (until > now.getTime()) {
      await this.memory.set(key(installation), String(until), until - now.getTime());
    } else await this.wake(installation);
  }

  /** Something changed for this installation (a push, a comment, an install): look next tick. */
  async wake(installation: number): Promise<void> {
    await this.memory.delete(key(installation));
  }
}

const key = (installation: number) => `quiet:${installation}`;
