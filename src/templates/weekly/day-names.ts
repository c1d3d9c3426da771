import { weekdayOf } from "../../domain/week/time.js";

// Fixed English, so a body never changes with the server's locale; Monday first, as ISO counts.
const NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const nameOf = (date: string) => NAMES[weekdayOf(date) - 1] ?? "";

/** "M" for a Monday (YYYY-MM-DD). */
export const dayInitial = (date: string) => nameOf(date).slice(0, 1);

/** "Mon 17" for Monday the 17th. */
export const dayShort = (date: string) =>
  `${nameOf(date).slice(0, 3)} ${Number(date.slice(8, 10))}`;

/** "Monday". */
export const dayName = (date: string) => nameOf(date);
