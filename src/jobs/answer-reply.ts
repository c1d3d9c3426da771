import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import { parseCommand } from "../domain/commands/parse-command.js";
import { replaceMarker, type Marker } from "../domain/marker.js";
import { mergeReplies } from "../domain/replies/merge-replies.js";
import { parseReply } from "../domain/replies/parse-reply.js";
import { weeksWithUpdate } from "../domain/schedule/plan.js";
import { weekLabel } from "../domain/week/index.js";
import {
  deleteComment,
  listComments,
  updateComment,
  type IssueComment,
} from "../github/comments.js";
import {
  comment,
  listOwnIssues,
  updateIssueBody,
  type OwnIssue,
  type RepoRef,
} from "../github/issues.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { REPLY_SUMMARY_KIND, replySummaryComment } from "../templates/replies/index.js";
import { figuresFromMarker } from "../domain/figures.js";

export interface AnswerReplyParams {
  octokit: ProbotOctokit;
  log: Logger;
  ref: RepoRef;
  issueNumber: number;
  /** The weekly issue's marker: its week and figures. */
  marker: Marker;
  config: CheckpointConfig;
  canWrite: WriteAccessCheck;
}

/** Whether a comment is a learner's reply: a person (the learner or a writer), not a command. */
async function isReply(params: AnswerReplyParams, entry: IssueComment): Promise<boolean> {
  if (entry.authorType === "Bot" || parseCommand(entry.body)) return false;
  if (entry.authorLogin.toLowerCase() === params.config.learner.login?.toLowerCase()) return true;
  return params.canWrite(params.octokit, { ...params.ref, login: entry.authorLogin });
}

const isSummary = (entry: IssueComment) => entry.marker?.kind === REPLY_SUMMARY_KIND;

/**
 * Answers the learner's replies on a weekly issue with ONE checkpoint summary comment,
 * rebuilt from every reply on the issue: a second reply or an edit updates it, and a
 * redelivered webhook finds it already saying the same and writes nothing.
 */
export async function answerReply(params: AnswerReplyParams): Promise<string> {
  const { octokit, ref, issueNumber, marker } = params;
  const comments = await listComments(octokit, { ...ref, issue_number: issueNumber });
  const replies: IssueComment[] = [];
  for (const entry of comments) if (await isReply(params, entry)) replies.push(entry);
  if (replies.length === 0) return "no reply to answer";

  const week = marker.week ?? 0;
  const window = marker["window"] as { firstDay?: string; lastDay?: string } | undefined;
  const issues = await listOwnIssues(octokit, ref);
  const reply = mergeReplies(replies.map((entry) => parseReply(entry.body, ref)));
  const body = replySummaryComment({
    learnerName: params.config.learner.name ?? params.config.learner.login ?? ref.owner,
    week,
    weekLabel:
      window?.firstDay && window.lastDay
        ? weekLabel(window.firstDay, window.lastDay)
        : `week ${week}`,
    reply,
    figures: figuresFromMarker(marker),
    updateWeeksInARow: weeksWithUpdate(issues) + 1,
    excused: marker.skipped === true,
  });
  const posted = await upsertSummary(params, comments, body);
  const stamped = await stampUpdate(params, issues, reply.nextSteps);
  return stamped ? `${posted}; week marked as updated` : posted;
}

/**
 * The week remembers, in its own marker, that it had an update and which next steps it
 * promised: closing the week, next week's issue and the reviews read it there. The issue is
 * read as just listed, so a redelivered (stale) payload finds it stamped and writes nothing.
 */
async function stampUpdate(
  params: AnswerReplyParams,
  issues: readonly OwnIssue[],
  nextSteps: string[],
): Promise<boolean> {
  const current = issues.find((issue) => issue.number === params.issueNumber);
  if (!current) return false;
  const { marker } = current;
  const same = JSON.stringify(marker.nextSteps ?? []) === JSON.stringify(nextSteps);
  if (marker.updatePosted === true && same) return false;
  await updateIssueBody(params.octokit, {
    ...params.ref,
    issue_number: params.issueNumber,
    body: replaceMarker(current.body, { ...marker, updatePosted: true, nextSteps }),
  });
  return true;
}

/** Posts the one summary comment, or brings the existing one up to date. */
async function upsertSummary(
  params: AnswerReplyParams,
  comments: IssueComment[],
  body: string,
): Promise<string> {
  const { octokit, log, ref, issueNumber } = params;
  const issue = { ...ref, issue_number: issueNumber };
  const existing = comments.find(isSummary);
  if (existing) {
    if (existing.body === body) return "summary already up to date";
    await updateComment(octokit, { ...ref, comment_id: existing.id, body });
    return "summary updated";
  }
  await comment(octokit, { ...issue, body });
  // Two deliveries (a reply and its quick edit) can race: keep the oldest summary only.
  const summaries = (await listComments(octokit, issue)).filter(isSummary);
  for (const duplicate of summaries.slice(1)) {
    log.warn({ issue: issueNumber, duplicate: duplicate.id }, "removing a duplicate summary");
    try {
      await deleteComment(octokit, { ...ref, comment_id: duplicate.id });
    } catch (error) {
      // The other delivery removed it first.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return "summary posted";
}
