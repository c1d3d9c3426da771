import { DateTime } from "luxon";
import { escapeText } from "../weekly/escape.js";

/**
 * An instant as anyone reads it, whatever their timezone: "2025-11-26 10:00 UTC". A string
 * that is not an ISO instant is shown as it is, escaped, rather than hidden.
 */
export function utcInstant(iso: string): string {
  const instant = DateTime.fromISO(iso, { zone: "utc" });
  return instant.isValid ? instant.toFormat("yyyy-MM-dd HH:mm 'UTC'") : escapeText(iso);
}
