/**
 * Calendar dates as people write them ("September 30 2025", "30th Sept 2025", "30/09/2025").
 * A date that could be read two ways is refused rather than guessed: a course that starts a
 * month off would put a wrong week number on every issue.
 */
import { isCalendarDate } from "../week/time.js";

/** A date read as YYYY-MM-DD, or why it could not be: a clause such as "could mean …". */
export type DateReading = { date: string } | { reason: string };

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

// Month and weekday words, full or abbreviated as people do ("Sept", "Tues").
const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((name, index) =>
    [name, name.slice(0, 3), name.slice(0, 4)].map((word) => [word.toLowerCase(), index + 1]),
  ),
);
const WEEKDAYS = new Map<string, number>(
  WEEKDAY_NAMES.flatMap((name, index) =>
    [name, name.slice(0, 3), name.slice(0, 4)].map((word) => [word.toLowerCase(), index]),
  ),
);

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const UNREADABLE: DateReading = { reason: "is not a date Checkpoint can read" };

const pad = (value: number): string => String(value).padStart(2, "0");
const spoken = (year: number, month: number, day: number): string =>
  `${day} ${MONTH_NAMES[month - 1]} ${year}`;

function calendarDate(year: number, month: number, day: number): DateReading {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? { date } : UNREADABLE;
}

// "30/09/2025" is day-first and "09/30/2025" month-first, since only one reading exists;
// "05/09/2025" has two and is refused.
function numericDayMonth(first: number, second: number, year: number): DateReading {
  if (first === second || (first > 12 && second <= 12)) return calendarDate(year, second, first);
  if (second > 12 && first <= 12) return calendarDate(year, first, second);
  if (first > 12) return UNREADABLE;
  return { reason: `could mean ${spoken(year, second, first)} or ${spoken(year, first, second)}` };
}

function wordedDate(text: string): DateReading {
  const words = text
    .toLowerCase()
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && word !== "of" && word !== "the")
    .map((word) => word.replace(/^(\d{1,2})(?:st|nd|rd|th)$/, "$1"));
  const weekday = WEEKDAYS.get(words[0] ?? "");
  const [a = "", b = "", year = "", ...rest] = weekday === undefined ? words : words.slice(1);
  if (rest.length > 0 || !/^\d{4}$/.test(year)) return UNREADABLE;
  const month = MONTHS.get(a) ?? MONTHS.get(b);
  const day = MONTHS.has(a) ? b : a;
  if (month === undefined || !/^\d{1,2}$/.test(day)) return UNREADABLE;
  const reading = calendarDate(Number(year), month, Number(day));
  if (weekday === undefined || !("date" in reading)) return reading;
  // A weekday that disagrees with the date means one of them is a typo; we cannot know which.
  const actual = new Date(`${reading.date}T00:00:00Z`).getUTCDay();
  if (actual === weekday) return reading;
  const date = spoken(Number(year), month, Number(day));
  return { reason: `says ${WEEKDAY_NAMES[weekday]}, but ${date} is a ${WEEKDAY_NAMES[actual]}` };
}

/** Reads a calendar date written by a person; never guesses between two readings. */
export function readDate(text: string): DateReading {
  const trimmed = text.trim();
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst)
    return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = YEAR_LAST.exec(trimmed);
  if (yearLast)
    return numericDayMonth(Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3]));
  return wordedDate(trimmed);
}
