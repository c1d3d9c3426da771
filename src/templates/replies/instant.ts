import { DateTime } from "luxon";
import { postingLabel } from "../../domain/week/label.js";
import { escapeText } from "../weekly/escape.js";

/**
 * An instant as anyone reads it, whatever their timezone: "2025-11-26 10:00 UTC". A string
 * that is not an ISO instant is shown as it is, escaped, rather than hidden.
 */
function utcInstant(iso: string): string {
  const instant = DateTime.fromISO(iso, { zone: "utc" });
  return instant.isValid ? instant.toFormat("yyyy-MM-dd HH:mm 'UTC'") : escapeText(iso);
}

/**
 * An instant as the learner reads it: in their timezone when it is known ("Wednesday, Nov 26,
 * 2025 at 11:00 (Africa/Lagos)"), else in UTC. UTC is for logs and markers.
 */
export function learnerInstant(iso: string, timezone: string | undefined): string {
  return timezone && DateTime.fromISO(iso).isValid ? postingLabel(iso, timezone) : utcInstant(iso);
}
