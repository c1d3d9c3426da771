import { markerSteps, renderMarker } from "../../domain/marker.js";
import type { ParsedReply } from "../../domain/replies/parse-reply.js";
import { SECTIONS, SECTION_KEYS, type SectionKey } from "../../domain/replies/sections.js";
import { escapeText } from "../weekly/escape.js";
import type { WeeklyFigures } from "../../domain/figures.js";
import { linkBook, type LinkBook } from "../weekly/links.js";
import { summaryLine } from "../weekly/week-summary.js";
import { listOf, number } from "../../domain/words.js";
import { codeLinksText } from "./code-links.js";
import { excerpt } from "./excerpt.js";

/** What the checkpoint summary answering a learner's reply shows, as plain data. */
export interface ReplySummaryView {
  /** How the learner is greeted. */
  learnerName: string;
  week: number;
  /** The dates the week covers, "Nov 17 – Nov 23, 2025". */
  weekLabel: string;
  /** Every reply on the week's issue, merged (`mergeReplies`). */
  reply: ParsedReply;
  /** The week's figures, from its weekly issue's marker. */
  figures?: WeeklyFigures;
  /** Consecutive weeks with an update, counting this one. */
  updateWeeksInARow: number;
  /** The learner excused the week (`/checkpoint skip`): nothing more is asked of it. */
  excused?: boolean;
}

const LABELS = Object.fromEntries(SECTIONS.map((s) => [s.key, s.label])) as Record<
  SectionKey,
  string
>;

/** One line per section written: its label and first point; code as the links found. */
function reported(reply: ParsedReply, links: LinkBook): string[] {
  return SECTION_KEYS.flatMap((key) => {
    const text = reply.sections[key];
    if (key === "code" && reply.codeLinks.length > 0) {
      return [`- **${LABELS.code}:** ${codeLinksText(reply.codeLinks, links)}`];
    }
    // Next steps get their own task list below, unless none could be read as steps.
    if (text === undefined || (key === "nextSteps" && reply.nextSteps.length > 0)) return [];
    return [`- **${LABELS[key]}:** ${excerpt(text) || "a code snippet"}`];
  });
}

/**
 * The sections still to write, asked for once and gently. Next steps have their own nudge,
 * and Code is not asked for when the reply links work elsewhere.
 */
function stillMissing(reply: ParsedReply): string[] {
  const asked = reply.missing.filter(
    (key) => key !== "nextSteps" && !(key === "code" && reply.codeLinks.length > 0),
  );
  if (asked.length === 0) return [];
  return [
    `If you have a minute, a line on ${listOf(asked.map((key) => LABELS[key]))} would round this off.`,
  ];
}

/** The plan to hold them to, or a nudge to make one. */
function nextSteps(reply: ParsedReply, excused: boolean): string[] {
  if (reply.nextSteps.length > 0) {
    return [
      "I'll ask about these next week:",
      "",
      ...reply.nextSteps.map((step) => `- [ ] ${escapeText(step)}`),
    ];
  }
  if (excused) return [];
  return [
    `What's next for you? Add a line or two under **${LABELS.nextSteps}** (edit your reply or post another) and I'll bring them back next week.`,
  ];
}

/** The middle of the comment: what the reply said, or how to write one when it said nothing. */
function body(view: ReplySummaryView, links: LinkBook): string[][] {
  const { reply, excused = false } = view;
  if (reply.empty) {
    return [
      [
        "I couldn't find an update in it yet. The template in the issue has six short headings; a line under a few of them is plenty.",
      ],
    ];
  }
  return [
    reported(reply, links),
    excused
      ? ["You'd excused this week, so this update is a bonus: thank you for taking the time."]
      : stillMissing(reply),
  ];
}

/**
 * The checkpoint summary answering a learner's update: one per week, edited when they reply
 * again, so it is a function of its view alone (no clock). Thanks by name, the first point of
 * each section written, the work linked, a gentle word on what is missing, the week in one
 * line, the weeks in a row, and the next steps to ask about next week. Everything the learner
 * wrote is quoted escaped: it never opens HTML or a table, nor pings anyone.
 */
export function replySummaryComment(view: ReplySummaryView): string {
  const { reply, week, figures, updateWeeksInARow } = view;
  const links = linkBook();
  const thanks = reply.empty
    ? `Thanks for your reply, ${escapeText(view.learnerName)}!`
    : `Thanks for your update, ${escapeText(view.learnerName)}! Here's what I took from it for week ${number(week)} (${view.weekLabel}):`;
  const middle = body(view, links);
  const marker = renderMarker({
    kind: "reply-summary",
    week,
    nextSteps: markerSteps(reply.nextSteps),
    sections: SECTION_KEYS.filter((key) => reply.sections[key] !== undefined),
  });
  const blocks = [
    [thanks],
    ...middle,
    figures === undefined ? [] : [summaryLine(week, figures)],
    updateWeeksInARow >= 2
      ? [`That's ${number(updateWeeksInARow)} weeks in a row with an update.`]
      : [],
    reply.empty ? [] : nextSteps(reply, view.excused ?? false),
    // Last, so they are defined once every link above is in the book.
    links.definitions(),
    [marker],
  ];
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n");
}
