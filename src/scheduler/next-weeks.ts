import type { NextWeekQuery } from "../domain/schedule/next-week.js";

/** More installations than this, and the oldest remembered is forgotten first. */
const REMEMBERED_INSTALLATIONS = 100_000;

/**
 * Each learner's next week as their last scheduled pass saw it, by installation, so the pass
 * that finds it due asks it with the installation's files: one request fewer a week. Only
 * what to ask early; an empty memory (a restart) or a changed config just means the week is
 * asked on its own, as GitHub's answer alone decides what is measured.
 */
export class NextWeeks {
  readonly #byInstallation = new Map<number, Map<string, NextWeekQuery>>();

  of(installation: number): NextWeekQuery[] {
    return [...(this.#byInstallation.get(installation)?.values() ?? [])];
  }

  /** A recorder for one installation's pass: what it hears replaces what was remembered. */
  recorder(installation: number): (next: NextWeekQuery) => void {
    const heard = new Map<string, NextWeekQuery>();
    this.#byInstallation.delete(installation);
    if (this.#byInstallation.size >= REMEMBERED_INSTALLATIONS) {
      const oldest = this.#byInstallation.keys().next().value;
      if (oldest !== undefined) this.#byInstallation.delete(oldest);
    }
    this.#byInstallation.set(installation, heard);
    return (next) => heard.set(next.home.toLowerCase(), next);
  }
}
