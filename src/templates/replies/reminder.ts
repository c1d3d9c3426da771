import { renderMarker } from "../../domain/marker.js";
import { count, number } from "../../domain/words.js";
import { escapeText, mention } from "../weekly/escape.js";

/** What a reminder on an unanswered weekly issue says. */
export interface ReminderView {
  /** The learner's GitHub login, mentioned once so the reminder reaches them. */
  login: string;
  /** How the learner is greeted, when it is not the login. */
  name?: string | undefined;
  week: number;
  /** The dates the week covers, "Nov 17 – Nov 23, 2025". */
  weekLabel: string;
  /** Whole days since the weekly issue was posted. */
  daysSincePosted: number;
}

/** One short, kind nudge: when the issue went up, how little it takes, and no count of anything missed. */
export function reminderComment(view: ReminderView): string {
  const { login, name, week, weekLabel, daysSincePosted } = view;
  const when = daysSincePosted <= 0 ? "today" : `${count(daysSincePosted, "day")} ago`;
  // The mention is what notifies; the name is how the learner is greeted everywhere else.
  const hello =
    name === undefined || name === login
      ? mention(login)
      : `${escapeText(name)} (${mention(login)})`;
  return [
    `Hi ${hello}! A friendly nudge about week ${number(week)} (${weekLabel}): this issue went up ${when} ` +
      "and is ready for your update whenever you have a few minutes. A line or two under the template's " +
      "headings is plenty, and I'll answer with your checkpoint summary.",
    "",
    renderMarker({ kind: "reminder", week }),
  ].join("\n");
}
