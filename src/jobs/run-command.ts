import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { LoadedConfig } from "../config/load.js";
import type { Command } from "../domain/commands/parse-command.js";
import { replaceMarker } from "../domain/marker.js";
import type { CheckpointConfig } from "../config/schema.js";
import { PAUSED_KIND, WEEKLY_KIND } from "../domain/schedule/plan.js";
import { calendarFromConfig, nextIssue } from "../domain/week/index.js";
import { listComments } from "../github/comments.js";
import {
  closeIssue,
  comment,
  listOwnIssues,
  updateIssueBody,
  type OwnIssue,
} from "../github/issues.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import {
  COMMAND_REPLY_KIND,
  helpComment,
  notPermittedComment,
  pausedComment,
  pausedIssue,
  resumedComment,
  skippedComment,
  unknownCommandComment,
} from "../templates/replies/index.js";
import { statusReply } from "./command-status.js";
import { ensureIssue } from "./ensure-issue.js";
import { startDateOf, type Home } from "./reconcile-learner.js";

export interface RunCommandParams {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  /** The home repository's config, as loaded for this comment. */
  loaded: LoadedConfig;
  issueNumber: number;
  comment: { id: number; login: string };
  command: Command;
  now: Date;
  canWrite: WriteAccessCheck;
}

/**
 * Carries out a `/checkpoint` command. Only the learner or a collaborator with write access
 * may act; everyone else gets one polite sentence and nothing changes. Every answer names
 * the comment it answers, so a redelivered webhook finds it answered and writes nothing.
 * State (paused, an excused week) lives in issues on GitHub, never in this process.
 */
export async function runCommand(params: RunCommandParams): Promise<string> {
  const { octokit, home, issueNumber, command } = params;
  const ref = { owner: home.owner, repo: home.repo };
  const issue = { ...ref, issue_number: issueNumber };
  const answered = (await listComments(octokit, issue)).some(
    ({ marker }) => marker?.kind === COMMAND_REPLY_KIND && marker["comment"] === params.comment.id,
  );
  if (answered) return "already answered";

  const reply = (body: string) => comment(octokit, { ...issue, body });
  if (!(await permitted(params))) {
    await reply(notPermittedComment(params.comment.id, params.comment.login));
    return `refused ${command.kind} from ${params.comment.login}`;
  }
  switch (command.kind) {
    case "help":
      await reply(helpComment(params.comment.id));
      return "answered help";
    case "unknown":
      await reply(unknownCommandComment(params.comment.id, command.text));
      return "answered an unknown command";
    default:
      return stateCommand(params, reply);
  }
}

async function permitted(params: RunCommandParams): Promise<boolean> {
  const { loaded, comment: author } = params;
  const learner = loaded.ok ? loaded.config.learner.login : undefined;
  if (learner && learner.toLowerCase() === author.login.toLowerCase()) return true;
  return params.canWrite(params.octokit, {
    owner: params.home.owner,
    repo: params.home.repo,
    login: author.login,
  });
}

/** The commands that read or change the learner's state: status, pause, resume, skip. */
async function stateCommand(
  params: RunCommandParams,
  reply: (body: string) => Promise<void>,
): Promise<string> {
  const { octokit, log, home, loaded, command, now } = params;
  const ref = { owner: home.owner, repo: home.repo };
  const id = params.comment.id;
  const issues = await listOwnIssues(octokit, ref);
  const paused = issues.filter(
    (issue) => issue.state === "open" && issue.marker.kind === PAUSED_KIND,
  );
  // Only resume and status need the calendar (it may cost a read of the document).
  const calendar = async () => (loaded.ok ? calendarOf(params, loaded.config) : undefined);

  switch (command.kind) {
    case "pause": {
      const { title, body } = pausedIssue({
        login: params.comment.login,
        ...(command.reason ? { reason: command.reason } : {}),
        since: now.toISOString(),
      });
      await ensureIssue({
        octokit,
        log,
        ref,
        known: issues,
        matches: (m) => m.kind === PAUSED_KIND,
        title,
        body,
      });
      await reply(pausedComment(id, command.reason));
      return "paused";
    }
    case "resume": {
      for (const issue of paused) {
        await closeIssue(octokit, { ...ref, issue_number: issue.number, reason: "completed" });
      }
      const known = await calendar();
      const next = known
        ? nextIssue(known, now)
        : { label: "your next week", due: "at the next posting time" };
      await reply(resumedComment(id, next));
      return "resumed";
    }
    case "skip": {
      const week = currentWeekIssue(issues);
      if (week) await markSkipped(params, week, command.reason);
      await reply(skippedComment(id, week?.marker.week ?? 0, command.reason));
      return week ? `excused week ${week.marker.week ?? 0}` : "nothing to excuse yet";
    }
    case "status": {
      const pausedByConfig = loaded.ok && loaded.config.paused;
      const body = await statusReply({
        ...params,
        issues,
        paused: paused.length > 0 || pausedByConfig,
        calendar: await calendar(),
      });
      await reply(body);
      return "answered status";
    }
    default:
      return "nothing to do";
  }
}

export type Calendar = ReturnType<typeof calendarFromConfig>;

/** The learner's course calendar, the start date from the config or their document. */
export async function calendarOf(
  params: RunCommandParams,
  config: CheckpointConfig,
): Promise<Calendar | undefined> {
  const start = await startDateOf({ octokit: params.octokit, home: params.home, config });
  return start ? calendarFromConfig(config, start) : undefined;
}

/** The open weekly issue of the latest week: the week a skip excuses. */
function currentWeekIssue(issues: OwnIssue[]): OwnIssue | undefined {
  return issues
    .filter((issue) => issue.state === "open" && issue.marker.kind === WEEKLY_KIND)
    .sort((a, b) => (b.marker.week ?? 0) - (a.marker.week ?? 0))[0];
}

/** An excused week is remembered in its own issue's marker, where the reconciler reads it. */
async function markSkipped(
  params: RunCommandParams,
  issue: OwnIssue,
  reason?: string,
): Promise<void> {
  const marker = { ...issue.marker, skipped: true, ...(reason ? { skipReason: reason } : {}) };
  const body = replaceMarker(issue.body, marker);
  await updateIssueBody(params.octokit, {
    owner: params.home.owner,
    repo: params.home.repo,
    issue_number: issue.number,
    body,
  });
}
