import { markerText, renderMarker } from "../../domain/marker.js";
import { escapeText, quoteMessage } from "../weekly/escape.js";
import { learnerInstant } from "./instant.js";

export const PAUSED_TITLE = "Checkpoint is paused";

/** Who paused Checkpoint, when, and why if they said. */
export interface PausedView {
  /** The login of whoever paused it. */
  login: string;
  reason?: string;
  /** When it was paused, an ISO instant. */
  since: string;
  /** The learner's timezone: the instant is shown in it. */
  timezone?: string;
}

/**
 * The issue that stands for a pause while it is open: weekly issues and reminders stop until
 * `/checkpoint resume` or until the learner closes it. Its marker keeps the reason and the
 * instant, so a restart knows the pause without any other state.
 */
export function pausedIssue(view: PausedView): { title: string; body: string } {
  const { login, reason, since, timezone } = view;
  const why =
    reason === undefined || reason.trim() === "" ? "" : ` Reason: ${quoteMessage(reason)}.`;
  return {
    title: PAUSED_TITLE,
    body: [
      `${escapeText(login)} paused Checkpoint on ${learnerInstant(since, timezone)}.${why}`,
      "",
      "While this issue is open, I won't open weekly issues or send reminders. Nothing is lost: your repositories keep their history, and the weekly issues so far stay as they are.",
      "",
      "To start again, comment `/checkpoint resume`, or simply close this issue. The next weekly issue then comes on its usual day.",
      "",
      renderMarker({ kind: "paused", ...(reason ? { reason: markerText(reason) } : {}), since }),
    ].join("\n"),
  };
}
