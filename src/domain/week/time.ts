import { DateTime } from "luxon";

/*
 * The luxon plumbing the week math stands on. Calendar dates ("YYYY-MM-DD") are
 * counted as UTC midnights, where every day is 24 hours long; only instants meet
 * the learner's timezone.
 */

/** Returns the DateTime if luxon could build it; otherwise throws, naming what and why. */
export function checked(value: DateTime<true> | DateTime<false>, what: string): DateTime<true> {
  if (!value.isValid) {
    throw new Error(`${what}: ${value.invalidExplanation ?? value.invalidReason}`);
  }
  return value;
}

function calendarDay(date: string): DateTime<true> {
  return checked(DateTime.fromISO(date, { zone: "utc" }), `invalid calendar date "${date}"`);
}

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A plain YYYY-MM-DD date of the years 1000 to 9999 as days since the epoch, read without
 * luxon (which takes some 20 µs a date: a run reads thousands); undefined for anything else.
 */
function plainEpochDay(date: string): number | undefined {
  const [, year, month, day] = (PLAIN_DATE.exec(date) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined || year < 1000) return;
  const midnight = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls Feb 30 over into March; luxon refuses it, and so does this.
  if (midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day) return;
  return midnight.getTime() / DAY_MS;
}

/** Whether `date` is a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  return plainEpochDay(date) !== undefined;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const from = plainEpochDay(date);
  const to = from === undefined ? undefined : new Date((from + days) * DAY_MS);
  const year = to?.getUTCFullYear() ?? 0;
  if (to && year >= 1000 && year <= 9999) return to.toISOString().slice(0, 10);
  // Other ISO forms, invalid dates (refused with luxon's reason) and distant years.
  return calendarDay(date).plus({ days }).toISODate();
}

/** Whole calendar days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const start = plainEpochDay(from);
  const end = plainEpochDay(to);
  if (start !== undefined && end !== undefined) return end - start;
  return Math.round(calendarDay(to).diff(calendarDay(from), "days").days);
}

/** Whole 24-hour days from one instant to another (0 until a full day has passed). */
export function wholeDaysBetween(from: string | Date, to: string | Date): number {
  return Math.floor(parseInstant(to).diff(parseInstant(from), "days").days);
}

/** ISO weekday of a date: 1 is Monday, 7 is Sunday. */
export function weekdayOf(date: string): number {
  const day = plainEpochDay(date);
  // The epoch, day 0, was a Thursday.
  return day === undefined ? calendarDay(date).weekday : ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The instant the wall clock in `zone` reads `time` ("HH:MM") on `date`.
 * A time skipped by a spring-forward change is shifted forward by the gap, as luxon
 * does (02:30 on a 02:00→03:00 day is 03:30 daylight time). A time that occurs twice
 * on a fall-back day resolves to the earlier occurrence (luxon alone would pick the later).
 */
export function zonedInstant(date: string, time: string, zone: string): DateTime<true> {
  return zonedInstants(date, time, zone);
}

// A pass places the same few local midnights and posting times for every learner.
const zonedInstants = remembered(
  1_024,
  (date: string, time: string, zone: string) => {
    // "9:00", as people write it, is 09:00.
    const hhmm = time.padStart(5, "0");
    const resolved = checked(
      DateTime.fromISO(`${date}T${hhmm}`, { zone }),
      `cannot place ${date} ${time} in timezone "${zone}"`,
    );
    const [earliest] = resolved.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
    return earliest ?? resolved;
  },
  (date, time, zone) => JSON.stringify([date, time, zone]),
);

// An instant as GitHub and git write it: date, time to the minute or beyond, and an offset.
const PLAIN_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO-8601 instant (UTC when it names no offset); throws
 * on text that is not one. The common form is read by Date.parse, some fifty times faster
 * than luxon, once its date is known to be real (Date.parse rolls Feb 30 into March).
 */
export function instantMillis(instant: string): number {
  return millisOfInstant(instant);
}

/**
 * A pure function's answers, remembered: a week's measures read the same few dozen instants
 * hundreds of times (npm run bench). Forgotten all at once past `limit`, so memory stays flat.
 * Answers are told apart by `keyOf` their arguments (the first one, unless given).
 */
export function remembered<A extends unknown[], V>(
  limit: number,
  compute: (...args: A) => V,
  keyOf: (...args: A) => unknown = (...args) => args[0],
): (...args: A) => V {
  const answers = new Map<unknown, V>();
  return (...args) => {
    const key = keyOf(...args);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(...args);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

const millisOfInstant = remembered(4_096, (instant: string) => {
  const match = PLAIN_INSTANT.exec(instant);
  if (match && plainEpochDay(`${match[1]}-${match[2]}-${match[3]}`) !== undefined) {
    const millis = Date.parse(instant);
    if (!Number.isNaN(millis)) return millis;
  }
  return parseInstant(instant).toMillis();
});

/** An ISO-8601 instant rewritten as the activity model writes them (see isoInstant). */
export function isoOfInstant(instant: string): string {
  const millis = instantMillis(instant);
  const year = new Date(millis).getUTCFullYear();
  if (year < 1000 || year > 9999) return isoInstant(parseInstant(instant));
  const iso = new Date(millis).toISOString();
  return millis % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}

/** One formatter per zone Intl knows by name; only such zones are kept, whatever text configs hold. */
const localDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The formatter of local dates in `timezone`; throws a RangeError for a zone Intl does not know. */
function localDateFormat(timezone: string): Intl.DateTimeFormat {
  let format = localDateFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "iso8601",
      numberingSystem: "latn",
    });
    localDateFormats.set(timezone, format);
  }
  return format;
}

/**
 * Whether `zone` is an IANA timezone name Intl (and so luxon, which asks Intl) knows: each
 * config parse asks, and a known zone's formatter is built once.
 */
export function isIanaZone(zone: string): boolean {
  try {
    localDateFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local calendar date (YYYY-MM-DD) in `timezone` of an instant in milliseconds, through
 * one Intl formatter per zone (luxon builds a DateTime and its zone's offset each time).
 * For instants since 1900: before 1582 Intl's ISO calendar is the Julian one.
 * Throws on a zone Intl does not know.
 */
export function localDateAt(millis: number, timezone: string): string {
  let dateAt = localDates.get(timezone);
  if (!dateAt) {
    const format = localDateFormat(timezone);
    dateAt = remembered(4_096, (at: number) => {
      const parts: Record<string, string> = {};
      for (const part of format.formatToParts(at)) parts[part.type] = part.value;
      return `${(parts.year ?? "").padStart(4, "0")}-${parts.month}-${parts.day}`;
    });
    localDates.set(timezone, dateAt);
  }
  return dateAt(millis);
}

/** localDateAt's answers, per zone Intl knows. */
const localDates = new Map<string, (millis: number) => string>();

/** Reads an instant: a Date, or an ISO-8601 string (UTC when it names no offset). */
export function parseInstant(instant: string | Date): DateTime<true> {
  const value =
    typeof instant === "string"
      ? DateTime.fromISO(instant, { zone: "utc" })
      : DateTime.fromJSDate(instant, { zone: "utc" });
  return checked(value, `invalid instant "${String(instant)}"`);
}

/** An instant as the UTC ISO-8601 string the activity model uses, e.g. "2025-10-06T08:00:00Z". */
export function isoInstant(value: DateTime<true>): string {
  return value.toUTC().toISO({ suppressMilliseconds: true });
}

/** True once `now` has reached the instant `due` (the instant itself counts). */
export function hasArrived(due: string, now: string | Date): boolean {
  return parseInstant(due).toMillis() <= parseInstant(now).toMillis();
}

/**
 * The learner's local calendar date (YYYY-MM-DD) at an instant: through localDateAt for
 * instants since 1900 in zones Intl knows by name (a run places thousands of commits),
 * through luxon for the rest, fixed offsets such as "UTC+1" among them.
 */
export function localDay(instant: string | Date, timezone: string): string {
  const millis = typeof instant === "string" ? instantMillis(instant) : instant.getTime();
  const year = new Date(millis).getUTCFullYear();
  // Intl's ISO calendar is Julian before 1582: older instants, and distant ones, go to luxon.
  if (year >= 1900 && year < 9999) {
    try {
      return localDateAt(millis, timezone);
    } catch {
      // Not a zone Intl knows by name: luxon reads it, or says why it cannot.
    }
  }
  const local = parseInstant(instant).setZone(timezone);
  return checked(local, `cannot read an instant in timezone "${timezone}"`).toISODate();
}
