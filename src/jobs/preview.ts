import { stat } from "node:fs/promises";
import { parseConfig, parseConfigText } from "../config/parse.js";
import { formatProblem } from "../config/problems.js";
import { CONFIG_PATH, type CheckpointConfig } from "../config/schema.js";
import { courseNames, greetingName } from "../domain/expectations/metadata.js";
import { figuresOf } from "../domain/figures.js";
import { goalFactsOf } from "../domain/goals/facts-of.js";
import { measureWeek } from "../domain/measures/week-measures.js";
import { VAGUE_MESSAGE_RULE } from "../domain/measures/commit-messages.js";
import { resolveStartDate } from "../domain/schedule/course-start.js";
import {
  LOOKBACK_DAYS,
  lookbackStartOf,
  measureWindowOf,
} from "../domain/schedule/measure-window.js";
import { calendarFromConfig } from "../domain/week/calendar.js";
import { latestCompletedWeek, weekNumbered } from "../domain/week/window.js";
import { localDay } from "../domain/week/time.js";
import { fetchLocalActivity } from "../git/index.js";
import { otherAuthors } from "../git/other-authors.js";
import {
  configuredEmail,
  fileAtHead,
  firstCommitTime,
  isGitRepository,
} from "../git/repo-facts.js";
import { weeklyIssue } from "../templates/weekly/weekly-issue.js";
import { expectationsFrom } from "./expectations.js";
import { goalsOfTheWeek } from "./goals-of-the-week.js";

export interface PreviewParams {
  /** A local git repository. */
  dir: string;
  /** The config to preview with; without one, the repository's own `.github/checkpoint.yml`. */
  config?: CheckpointConfig;
  /** The instant to preview at: the latest week completed by then is shown. */
  at: Date;
}

export type Preview =
  { ok: true; title: string; body: string; notes: string[] } | { ok: false; reason: string };

/** The repository's own config when it has one, else the defaults; problems one per line. */
async function repositoryConfig(
  dir: string,
  notes: string[],
): Promise<{ config: CheckpointConfig } | { reason: string }> {
  const text = await fileAtHead(dir, CONFIG_PATH);
  const result = text === undefined ? parseConfig({}) : parseConfigText(text);
  if (!result.ok) {
    const lines = result.problems.map((problem) => `  ${formatProblem(problem)}`);
    return { reason: `${dir}/${CONFIG_PATH} cannot be read:\n${lines.join("\n")}` };
  }
  if (text !== undefined) notes.push(`using the repository's ${CONFIG_PATH}`);
  return { config: result.config };
}

/** "7 commits by ada@example.com were not counted — add the address to `learner.emails` if it is yours". */
function uncountedNote(author: { email: string; commits: number }): string {
  const commits = author.commits === 1 ? "1 commit" : `${author.commits} commits`;
  const were = author.commits === 1 ? "was" : "were";
  return `${commits} by ${author.email} ${were} not counted — add the address to \`learner.emails\` if it is yours`;
}

/**
 * The weekly issue a local repository's history would get, measured exactly as the app
 * measures GitHub, with no GitHub and no credentials. The repository's own config and
 * expectation document are read when present. Where the config is silent, the repository
 * fills in: its git e-mail identifies the learner, and its first commit starts the course.
 */
export async function previewWeek(params: PreviewParams): Promise<Preview> {
  const { dir, at } = params;
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory()) return { ok: false, reason: `${dir}: not found` };
  if (!(await isGitRepository(dir))) return { ok: false, reason: `${dir} is not a git repository` };
  const notes: string[] = [];
  const chosen = params.config ? { config: params.config } : await repositoryConfig(dir, notes);
  if ("reason" in chosen) return { ok: false, reason: chosen.reason };
  const { config } = chosen;
  const documentText = await fileAtHead(dir, config.expectations);
  const expectations = expectationsFrom(documentText, config.expectations, "");
  const { document } = expectations;
  if (documentText === undefined) {
    notes.push(`no ${config.expectations} in the repository: the issue shows no goals`);
  }

  let start = resolveStartDate(config, document)?.date;
  if (!start) {
    const first = await firstCommitTime(dir);
    if (!first) return { ok: false, reason: `${dir} has no commits yet` };
    start = localDay(first, config.course.timezone);
    notes.push(`no course start date configured: counting weeks from the first commit (${start})`);
  }
  const calendar = calendarFromConfig(config, start);
  let window = latestCompletedWeek(calendar, at);
  if (window.number < 1) {
    window = weekNumbered(calendar, 1);
    notes.push(`week 1 is not complete yet: showing it so far (its issue is due ${window.postAt})`);
  }

  const emails = [...config.learner.emails];
  const gitEmail = await configuredEmail(dir);
  if (emails.length === 0 && gitEmail) {
    emails.push(gitEmail);
    notes.push(`counting commits by ${gitEmail} (this repository's git user.email)`);
  }
  const login = config.learner.login ?? "";
  const timezone = config.course.timezone;
  const learner = { login, emails };
  const committedUntil = at.toISOString();
  const [activity, others] = await Promise.all([
    fetchLocalActivity({
      dir,
      window: window.interval,
      lookbackStart: lookbackStartOf(window, timezone),
      learner,
      committedUntil,
    }),
    otherAuthors({ dir, window: window.interval, learner, committedUntil }),
  ]);
  notes.push(...others.map(uncountedNote));
  const measures = measureWeek({
    repos: [activity],
    window: measureWindowOf(window, timezone),
    lookbackDays: LOOKBACK_DAYS,
  });
  const record = {
    week: window.number,
    figures: figuresOf(measures),
    facts: goalFactsOf([activity], measures),
    updatePosted: false,
  };
  const { title, body } = weeklyIssue({
    learnerName: greetingName(config.learner.name, document, login || "there"),
    course: courseNames(config.course, document),
    window,
    measures,
    targets: config.targets,
    messageRule: VAGUE_MESSAGE_RULE,
    goals: document ? goalsOfTheWeek(expectations, config, record) : [],
  });
  return { ok: true, title, body, notes };
}
