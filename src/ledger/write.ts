import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { fitBody } from "../domain/body-limit.js";
import { renderMarker, type IssueMarker, type Marker } from "../domain/marker.js";
import { createComment, deleteComment, updateComment } from "../github/comments.js";
import {
  addLabel,
  closeIssue,
  ensureLabel,
  listIssuesBy,
  openIssue,
  statusOf,
  updateIssueBody,
} from "../github/issues.js";
import { ledgerIssues, readComments, type Ledger, type LedgerComment } from "./read.js";

/*
 * Every write Checkpoint makes to its state is an "ensure": it looks before writing, and
 * after creating it looks again, so any number of runs in any number of processes leave
 * one of each thing. Of twins the oldest stays; a writer removes only its own younger copy.
 */

export interface WriteParams {
  octokit: ProbotOctokit;
  log: Logger;
  ledger: Ledger;
}

/** Statuses with which GitHub refuses a comment for good: locked (403), issues off (410), invalid (422). */
const REFUSED = new Set([403, 410, 422]);

/** Whether an error is GitHub refusing a comment on that issue for good, not a passing fault. */
function isRefusal(error: unknown): boolean {
  return REFUSED.has(statusOf(error) ?? 0);
}

/**
 * Opens an issue unless an open one matches, then looks again: when two runs raced, the
 * oldest survives and the others are closed with a note pointing to it.
 */
export async function ensureIssue(
  params: WriteParams & { matches: (marker: IssueMarker) => boolean; title: string; body: string },
): Promise<{ number: number; created: boolean }> {
  const { octokit, log, ledger, matches, title } = params;
  const body = fitBody(params.body);
  const existing = ledger.issues.find((issue) => issue.state === "open" && matches(issue.marker));
  if (existing) return { number: existing.number, created: false };

  // The label is styled once, with the first issue; later issues find it there.
  if (ledger.issues.length === 0) await ensureLabel(octokit, ledger.ref);
  const opened = await openIssue(octokit, { ...ledger.ref, title, body });
  // The look again also brings the pass's ledger up to date, so later steps see the new issue.
  const fresh = ledgerIssues(await listIssuesBy(octokit, { ...ledger.ref, creator: ledger.bot }));
  ledger.issues.splice(0, ledger.issues.length, ...fresh);
  const twins = fresh
    .filter((issue) => issue.state === "open" && matches(issue.marker))
    .sort((a, b) => a.number - b.number);
  const survivor = twins[0]?.number ?? opened.number;
  if (survivor !== opened.number) {
    log.warn({ survivor, duplicate: opened.number }, "closing a duplicate issue");
    const note = `This duplicates #${survivor}; closing it so there is one place to reply.`;
    await createComment(octokit, {
      ...ledger.ref,
      issue_number: opened.number,
      body: `${note}\n\n${renderMarker({ kind: "duplicate", of: survivor })}`,
    });
    await closeOwnIssue({ octokit, log, ledger, issue: opened.number, reason: "not_planned" });
  }
  return { number: survivor, created: survivor === opened.number };
}

export type CommentResult = "exists" | "posted" | "refused";

/**
 * Posts a comment unless one of the app's own comments on the issue already matches, then
 * looks again (unless `settle` is "later", when the caller checks through the issue's
 * comment count). "refused" when GitHub will not take a comment there (a locked issue).
 */
export async function ensureComment(
  params: WriteParams & {
    issue: number;
    matches: (marker: Marker) => boolean;
    body: string;
    settle?: "now" | "later";
  },
): Promise<{ result: CommentResult; id?: number }> {
  const { octokit, ledger, issue, matches } = params;
  const body = fitBody(params.body);
  const existing = ownMatching(await ledger.comments(issue), matches)[0];
  if (existing) return { result: "exists", id: existing.id };
  let id: number;
  try {
    ({ id } = await createComment(octokit, { ...ledger.ref, issue_number: issue, body }));
  } catch (error) {
    if (isRefusal(error)) return { result: "refused" };
    throw error;
  }
  count(ledger, issue, 1);
  if (params.settle !== "later") await settleComment({ ...params, id });
  return { result: "posted", id };
}

/**
 * Looks again after posting comment `id`: when another run posted the same thing, the
 * oldest stays and this run deletes its own younger copy, so one notification stands.
 */
async function settleComment(
  params: WriteParams & { issue: number; matches: (marker: Marker) => boolean; id: number },
): Promise<void> {
  const { octokit, log, ledger, issue, matches, id } = params;
  const fresh = await readComments({
    octokit,
    ref: ledger.ref,
    bot: ledger.bot,
    issueNumber: issue,
  });
  const twins = ownMatching(fresh, matches);
  if (twins.length < 2 || twins[0]?.id === id) return;
  log.warn({ issue, duplicate: id, survivor: twins[0]?.id }, "removing a duplicate comment");
  await deleteOwnComment({ ...params, id });
}

/**
 * Makes one own comment say `body`: edits the oldest matching one when it says something
 * else, posts one when there is none, and removes younger copies left by earlier races.
 */
export async function upsertComment(
  params: WriteParams & { issue: number; matches: (marker: Marker) => boolean; body: string },
): Promise<"unchanged" | "updated" | CommentResult> {
  const { octokit, ledger, issue, matches } = params;
  // Fitted before comparing, so a summary that had to be cut is not rewritten every pass.
  const body = fitBody(params.body);
  const [oldest, ...younger] = ownMatching(await ledger.comments(issue), matches);
  if (!oldest) return (await ensureComment(params)).result;
  for (const copy of younger) await deleteOwnComment({ ...params, issue, id: copy.id });
  if (oldest.body === body) return "unchanged";
  try {
    await updateComment(octokit, { ...ledger.ref, comment_id: oldest.id, body });
  } catch (error) {
    if (isRefusal(error)) return "refused";
    throw error;
  }
  return "updated";
}

/** Removes one of the app's own comments on `issue`; one already gone is fine. */
export async function deleteOwnComment(
  params: WriteParams & { issue: number; id: number },
): Promise<void> {
  try {
    await deleteComment(params.octokit, { ...params.ledger.ref, comment_id: params.id });
    count(params.ledger, params.issue, -1);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

function count(ledger: Ledger, issue: number, delta: number): void {
  ledger.added.set(issue, (ledger.added.get(issue) ?? 0) + delta);
}

/**
 * Closes one of Checkpoint's issues, in the pass's ledger too; answers its comment count
 * after closing.
 */
export async function closeOwnIssue(
  params: WriteParams & { issue: number; reason: "completed" | "not_planned" },
): Promise<{ comments: number }> {
  const closed = await closeIssue(params.octokit, {
    ...params.ledger.ref,
    issue_number: params.issue,
    reason: params.reason,
  });
  const listed = params.ledger.issues.find((issue) => issue.number === params.issue);
  if (listed) Object.assign(listed, { state: "closed", stateReason: params.reason });
  return closed;
}

/**
 * Posts a closing comment (unless one matching is there) and closes the issue. The comment
 * count GitHub answers the close with tells whether anyone else commented meanwhile: only
 * then does it look again for a twin, so the usual close costs no extra request. A locked
 * issue (or one refusing comments) is closed all the same; the answer says so.
 */
export async function commentAndClose(
  params: WriteParams & {
    issue: { number: number; comments: number; locked: boolean };
    matches: (marker: Marker) => boolean;
    body: string | undefined;
    reason: "completed" | "not_planned";
  },
): Promise<{ commented: boolean }> {
  const { ledger, issue, matches, body } = params;
  const commenting = body !== undefined && !issue.locked;
  const before = commenting ? (await ledger.comments(issue.number)).length : 0;
  const posted = commenting
    ? await ensureComment({ ...params, issue: issue.number, matches, body, settle: "later" })
    : undefined;
  const closed = await closeOwnIssue({ ...params, issue: issue.number, reason: params.reason });
  if (posted?.result === "posted" && posted.id !== undefined) {
    const expected = before + (ledger.added.get(issue.number) ?? 0);
    if (closed.comments > expected) {
      await settleComment({ ...params, issue: issue.number, matches, id: posted.id });
    }
  }
  return { commented: posted !== undefined && posted.result !== "refused" };
}

/** Rewrites the text of one of Checkpoint's issues that is wholly its own (a config report). */
export async function rewriteIssueBody(
  params: WriteParams & { issue: number; body: string },
): Promise<void> {
  const { octokit, ledger, issue } = params;
  await updateIssueBody(octokit, {
    ...ledger.ref,
    issue_number: issue,
    body: fitBody(params.body),
  });
}

/** Puts the `checkpoint` label back on the app's issues that lost it. */
export async function restoreLabels(params: WriteParams): Promise<number[]> {
  const { octokit, ledger } = params;
  const unlabelled = ledger.issues.filter((issue) => !issue.labelled);
  for (const issue of unlabelled) {
    await addLabel(octokit, { ...ledger.ref, issue_number: issue.number });
  }
  return unlabelled.map((issue) => issue.number);
}

/** The app's own comments whose marker matches, oldest first. */
export function ownMatching(
  comments: readonly LedgerComment[],
  matches: (marker: Marker) => boolean,
): LedgerComment[] {
  return comments
    .filter((comment) => comment.own && comment.marker !== undefined && matches(comment.marker))
    .sort((a, b) => a.id - b.id);
}
