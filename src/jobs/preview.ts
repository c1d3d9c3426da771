import { stat } from "node:fs/promises";
import type { CheckpointConfig } from "../config/schema.js";
import { greetingName } from "../domain/expectations/metadata.js";
import { parseExpectations } from "../domain/expectations/parse.js";
import { measureWeek, type WeekMeasures } from "../domain/measures/index.js";
import { resolveStartDate } from "../domain/schedule/course-start.js";
import {
  LOOKBACK_DAYS,
  lookbackStartOf,
  measureWindowOf,
} from "../domain/schedule/measure-window.js";
import {
  calendarFromConfig,
  latestCompletedWeek,
  localDay,
  weekNumbered,
  type WeekWindow,
} from "../domain/week/index.js";
import { fetchLocalActivity } from "../git/index.js";
import {
  configuredEmail,
  fileAtHead,
  firstCommitTime,
  isGitRepository,
} from "../git/repo-facts.js";

export interface PreviewParams {
  /** A local git repository. */
  dir: string;
  config: CheckpointConfig;
  /** The instant to preview at: the latest week completed by then is shown. */
  at: Date;
}

export type Preview =
  | { ok: true; window: WeekWindow; measures: WeekMeasures; learnerName: string; notes: string[] }
  | { ok: false; reason: string };

/**
 * The week a local repository's history would get, measured exactly as the app measures
 * GitHub, with no GitHub and no credentials. Where the config is silent, the repository
 * fills in: its git e-mail identifies the learner, and its first commit starts the course.
 */
export async function previewWeek(params: PreviewParams): Promise<Preview> {
  const { dir, config, at } = params;
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory()) return { ok: false, reason: `${dir}: not found` };
  if (!(await isGitRepository(dir))) return { ok: false, reason: `${dir} is not a git repository` };
  const notes: string[] = [];
  const documentText = await fileAtHead(dir, config.expectations);
  const document = documentText === undefined ? undefined : parseExpectations(documentText);

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
  const activity = await fetchLocalActivity({
    dir,
    window: window.interval,
    lookbackStart: lookbackStartOf(window, timezone),
    learner: { login, emails },
    committedUntil: at.toISOString(),
  });
  const measures = measureWeek({
    repos: [activity],
    window: measureWindowOf(window, timezone),
    lookbackDays: LOOKBACK_DAYS,
  });
  const learnerName = greetingName(config.learner.name, document, login || "there");
  return { ok: true, window, measures, learnerName, notes };
}
