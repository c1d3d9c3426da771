import type { GoalStatus } from "../../domain/goals/judging.js";

/** A goal's status as a bold word, readable without emoji in the issue and in the e-mail: **On track**. */
export function statusBadge(status: GoalStatus): string {
  return `**${status.charAt(0).toUpperCase()}${status.slice(1)}**`;
}
