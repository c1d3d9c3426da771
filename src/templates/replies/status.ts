import type { ConfigProblem } from "../../config/problems.js";
import { problemItem } from "../problem-line.js";
import type { WeeklyFigures } from "../../domain/figures.js";
import { summaryLine } from "../weekly/week-summary.js";
import { count, number } from "../../domain/words.js";
import { commandReplyMarker } from "./command-marker.js";
import type { NextIssue } from "./command-replies.js";
import { learnerInstant } from "./instant.js";
import { PAUSED_TITLE } from "./paused-issue.js";

/** What `/checkpoint status` shows: enough for the learner to see why the bot did or did not post. */
export interface WeekProgress {
  /** The week in progress. */
  week: number;
  /** The dates it covers, "Nov 24 – Nov 30, 2025". */
  weekLabel: string;
  /** Its figures so far. */
  soFar: WeeklyFigures;
  nextIssue: NextIssue;
}

export interface StatusView {
  /** The week in progress; absent when there is none to measure (see `note`). */
  progress?: WeekProgress;
  /** Why there is no week in progress (before or after the course); without it, the config is to blame. */
  note?: string;
  /** Checkpoint's latest action it knows of, an ISO instant. */
  lastRun?: string;
  /** The learner's timezone, when the config says it: instants are shown in it. */
  timezone?: string;
  paused: boolean;
  /** What is wrong with the config, field by field. */
  problems: readonly ConfigProblem[];
}

/** The week so far in the weekly summary's one-line style; a week without commits yet is not "quiet" yet. */
function soFarLine(progress: WeekProgress): string {
  const { week, weekLabel, soFar } = progress;
  if (soFar.commits === 0) return `Week ${number(week)} (${weekLabel}) so far: no commits yet.`;
  return `${summaryLine(week, soFar)} (so far, ${weekLabel})`;
}

/** The answer to `/checkpoint status`: the week so far, what comes next, and any config problems. */
export function statusComment(commentId: number, view: StatusView): string {
  const { lastRun, progress, paused, problems } = view;
  const state = [
    ...(progress
      ? [
          `- ${soFarLine(progress)}`,
          `- Next weekly issue: ${progress.nextIssue.label}, arriving ${progress.nextIssue.due}.`,
        ]
      : [`- ${view.note ?? "I can't measure your week until your config reads cleanly."}`]),
    ...(paused
      ? [
          `- Paused: no weekly issues or reminders until you comment \`/checkpoint resume\` or close the “${PAUSED_TITLE}” issue.`,
        ]
      : []),
    `- Last action I know of: ${lastRun === undefined ? "none yet" : learnerInstant(lastRun, view.timezone)}.`,
  ];
  const config =
    problems.length === 0
      ? ["Your config reads cleanly."]
      : [
          `Your config has ${count(problems.length, "problem")} to fix:`,
          "",
          ...problems.map(problemItem),
        ];
  return [
    "Here's where things stand:",
    "",
    ...state,
    "",
    ...config,
    "",
    commandReplyMarker("status", commentId),
  ].join("\n");
}
