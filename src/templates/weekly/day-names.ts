import { DateTime } from "luxon";

// Fixed English, so a body never changes with the server's locale.
const format = (date: string, pattern: string) =>
  DateTime.fromISO(date, { zone: "utc" }).toFormat(pattern, { locale: "en-US" });

/** "M" for a Monday (YYYY-MM-DD). */
export const dayInitial = (date: string) => format(date, "ccccc");

/** "Mon 17" for Monday the 17th. */
export const dayShort = (date: string) => format(date, "ccc d");

/** "Monday". */
export const dayName = (date: string) => format(date, "cccc");
