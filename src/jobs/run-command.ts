import type { CheckpointConfig } from "../config/schema.js";
import { parseCommand, type Command } from "../domain/commands/parse-command.js";
import { consentNeeded } from "../domain/consent.js";
import { isKind, type IssueMarker, type Marker } from "../domain/marker.js";
import { weeklyIssues } from "../domain/schedule/plan.js";
import { refusalOwed, refusalsOn, unansweredCommands } from "../domain/commands/answers.js";
import { calendarFromConfig, type CourseCalendar } from "../domain/week/calendar.js";
import { nextIssue } from "../domain/week/next-issue.js";
import type { Ledger, LedgerComment, LedgerIssue } from "../ledger/read.js";
import { closeOwnIssue, ensureComment, ensureIssue } from "../ledger/write.js";
import { helpComment, unknownCommandComment } from "../templates/replies/help.js";
import {
  notPermittedComment,
  pausedComment,
  resumedComment,
  nothingToSkipComment,
  skipNoteComment,
  skippedComment,
} from "../templates/replies/command-replies.js";
import { pausedIssue } from "../templates/replies/paused-issue.js";
import {
  awaitingComment,
  confirmEditedComment,
  confirmedComment,
  consentIssue,
  notTheLearnerComment,
} from "../templates/consent.js";
import { statusReply } from "./command-status.js";
import { learnerLogin, type CommandPass } from "./learner-pass.js";
import { startDateOf } from "./expectations.js";

/** What answering a command did, and whether it changed what is due (pause, resume, skip). */
interface CommandResult {
  detail: string;
  changed: boolean;
}

/** One command to answer: where, by whom, and what. */
interface CommandAt {
  issue: LedgerIssue;
  comment: LedgerComment;
  command: Command;
  /** When Checkpoint refused commands on this issue, this pass's refusals included. */
  refusals: string[];
}

/**
 * Answers every `/checkpoint` command on Checkpoint's own issues that has no answer yet:
 * the open issues with comments, and the issue a webhook named. Each is answered once, by
 * an answer that names it, so a redelivery or a second pass finds it answered. One
 * command's failure leaves it unanswered for the next pass and never stops the others.
 */
export async function answerCommands(
  pass: CommandPass,
): Promise<{ done: string[]; failed: string[]; changed: boolean }> {
  const { ledger, now } = pass;
  // A locked issue takes no answer: its commands are not read at all.
  const issues = ledger.issues.filter(
    (issue) =>
      !issue.locked &&
      ((issue.state === "open" && issue.comments > 0) || issue.number === pass.touched),
  );
  const done: string[] = [];
  const failed: string[] = [];
  let changed = false;
  const owed: CommandAt[] = [];
  for (const issue of issues) {
    const comments = await ledger.comments(issue.number);
    const refusals = refusalsOn(comments);
    for (const comment of unansweredCommands(comments, now)) {
      owed.push({ issue, comment, command: parseCommand(comment.body) as Command, refusals });
    }
  }
  // In the order they were written: "resume" then "pause" leaves Checkpoint paused.
  for (const at of owed.sort((a, b) => a.comment.id - b.comment.id)) {
    try {
      const answered = await runCommand(pass, at);
      if (answered.detail) done.push(answered.detail);
      changed ||= answered.changed;
    } catch (error) {
      pass.log.error({ err: error, comment: at.comment.id }, "command failed");
      failed.push(`${at.command.kind} on #${at.issue.number} failed: ${(error as Error).message}`);
    }
  }
  return { done, failed, changed };
}

/**
 * Carries out one command. Only the learner or a collaborator with write access may act;
 * everyone else gets one polite sentence and nothing changes. State (paused, an excused
 * week) lives in Checkpoint's issues and comments on GitHub, never in this process.
 */
async function runCommand(pass: CommandPass, at: CommandAt): Promise<CommandResult> {
  const { command, comment, issue } = at;
  const who = comment.authorLogin;
  const said = (detail: string) => ({ detail, changed: false });
  if (pass.dryRun) return said(`would answer ${command.kind} from ${who} on #${issue.number}`);
  const reply = (body: string) =>
    ensureComment({ ...pass, issue: issue.number, matches: answers(comment.id), body });
  const refuse = async (body: string) => {
    if (!refusalOwed(at.refusals, comment.createdAt)) {
      pass.log.debug({ issue: issue.number, login: who }, "refused here within a day: silent");
      return said("");
    }
    await reply(body);
    at.refusals.push(comment.createdAt);
    return said(`refused ${command.kind} from ${who}`);
  };
  if (command.kind === "confirm") {
    const learner = learnerOf(pass);
    if (learner?.toLowerCase() !== who.toLowerCase()) {
      return refuse(notTheLearnerComment(comment.id, learner ?? "the learner your config names"));
    }
    return confirm(pass, at, learner, reply);
  }
  if (!(await permitted(pass, who))) return refuse(notPermittedComment(comment.id, who));
  switch (command.kind) {
    case "help":
      await reply(helpComment(comment.id));
      return said("answered help");
    case "unknown":
      await reply(unknownCommandComment(comment.id, command.text));
      return said("answered an unknown command");
    case "pause": {
      const { title, body } = pausedIssue({
        login: who,
        ...(command.reason ? { reason: command.reason } : {}),
        since: pass.now.toISOString(),
        ...(pass.loaded.ok ? { timezone: pass.loaded.config.course.timezone } : {}),
      });
      await ensureIssue({ ...pass, matches: (m) => m.kind === "paused", title, body });
      await reply(pausedComment(comment.id, command.reason));
      return { detail: "paused", changed: true };
    }
    case "resume": {
      for (const paused of openOf(pass.ledger, "paused")) {
        await closeOwnIssue({ ...pass, issue: paused.number, reason: "completed" });
      }
      const known = pass.loaded.ok ? await calendarOf(pass, pass.loaded.config) : undefined;
      const next = known
        ? nextIssue(known, pass.now)
        : { label: "your next week", due: "at the next posting time" };
      await reply(resumedComment(comment.id, next));
      return { detail: "resumed", changed: true };
    }
    case "skip":
      return skipWeek(pass, at, reply);
    case "status": {
      if (pass.awaiting) {
        await reply(awaitingComment(comment.id, pass.awaiting));
        return said("answered status: awaiting confirmation");
      }
      const pausedByConfig = pass.loaded.ok && pass.loaded.config.paused;
      const body = await statusReply({
        ...pass,
        commentId: comment.id,
        paused: openOf(pass.ledger, "paused").length > 0 || pausedByConfig,
        calendar: pass.loaded.ok ? await calendarOf(pass, pass.loaded.config) : undefined,
      });
      await reply(body);
      return said("answered status");
    }
  }
}

/**
 * The learner agrees that figures about them are posted. Consent is a fact of the consent
 * issue, so it is recorded there: by the answer itself when the command was written there,
 * else by a note there too. The consent issue then closes: nothing more is awaited.
 */
async function confirm(
  pass: CommandPass,
  at: CommandAt,
  learner: string,
  reply: (body: string) => Promise<unknown>,
): Promise<CommandResult> {
  const { comment, issue } = at;
  // Anyone with write access can edit a comment into a confirmation: only a new one counts.
  if (comment.edited) {
    await reply(confirmEditedComment(comment.id));
    return { detail: `an edited confirmation from ${learner} not taken`, changed: false };
  }
  const answer = confirmedComment(comment.id, learner);
  const { owner, ownerType } = pass.home;
  if (!consentNeeded({ learner, owner, ownerType })) {
    await reply(answer);
    return { detail: `${learner} confirmed (nothing was awaited)`, changed: false };
  }
  const isConsent = (marker: IssueMarker) =>
    isKind(marker, "consent") && marker.login.toLowerCase() === learner.toLowerCase();
  // The consent issue asked before, open or closed; one is opened only if none was.
  const asked = pass.ledger.issues.find((candidate) => isConsent(candidate.marker));
  const consent =
    asked ??
    (await ensureIssue({
      ...pass,
      matches: isConsent,
      ...consentIssue({ login: learner, owner }),
    }));
  if (consent.number !== issue.number) {
    await ensureComment({
      ...pass,
      issue: consent.number,
      matches: answers(comment.id),
      body: answer,
    });
  }
  await reply(answer);
  if (!asked || asked.state === "open") {
    await closeOwnIssue({ ...pass, issue: consent.number, reason: "completed" });
  }
  return { detail: `${learner} confirmed`, changed: true };
}

/** The learner the config names, when it can be read. */
function learnerOf(pass: CommandPass): string | undefined {
  return pass.loaded.ok ? learnerLogin(pass.loaded.config, pass.home) : undefined;
}

/**
 * Excuses the latest open week. The excuse is a fact of that week, so it is recorded on the
 * week's own issue: by the answer itself when the command was written there, else by a
 * short note there as well as the answer where it was asked.
 */
async function skipWeek(
  pass: CommandPass,
  at: CommandAt,
  reply: (body: string) => Promise<unknown>,
): Promise<CommandResult> {
  const { comment, issue } = at;
  const reason = at.command.kind === "skip" ? at.command.reason : undefined;
  const week = weeklyIssues(openOf(pass.ledger, "weekly")).sort(
    (a, b) => b.marker.week - a.marker.week,
  )[0];
  if (!week) {
    await reply(nothingToSkipComment(comment.id));
    return { detail: "nothing to excuse yet", changed: false };
  }
  if (week.number !== issue.number) {
    await ensureComment({
      ...pass,
      issue: week.number,
      matches: answers(comment.id),
      body: skipNoteComment({
        commentId: comment.id,
        week: week.marker.week,
        reason,
        from: issue.number,
      }),
    });
  }
  await reply(skippedComment(comment.id, week.marker.week, reason));
  return { detail: `excused week ${week.marker.week}`, changed: true };
}

/** Matches the app's answer to comment `id`. */
function answers(id: number): (marker: Marker) => boolean {
  return (marker) => isKind(marker, "command-reply") && marker.comment === id;
}

function openOf(ledger: Ledger, kind: "paused" | "weekly"): LedgerIssue[] {
  return ledger.issues.filter((issue) => issue.state === "open" && issue.marker.kind === kind);
}

async function permitted(pass: CommandPass, login: string): Promise<boolean> {
  const learner = pass.loaded.ok ? pass.loaded.config.learner.login : undefined;
  if (learner && learner.toLowerCase() === login.toLowerCase()) return true;
  return pass.canWrite(pass.octokit, { owner: pass.home.owner, repo: pass.home.repo, login });
}

/** The learner's course calendar, the start date from the config or their document. */
async function calendarOf(
  pass: Pick<CommandPass, "octokit" | "home">,
  config: CheckpointConfig,
): Promise<CourseCalendar | undefined> {
  const start = await startDateOf({ octokit: pass.octokit, home: pass.home, config });
  return start ? calendarFromConfig(config, start) : undefined;
}
