import type { ProbotOctokit } from "probot";
import { readMarker } from "../domain/marker.js";
import type { KnownIssue } from "../domain/schedule/plan.js";
import type { LedgerCommentView } from "../domain/schedule/week-facts.js";
import { listComments, type CommentRecord } from "../github/comments.js";
import {
  CHECKPOINT_LABEL,
  listIssuesBy,
  type IssueRecord,
  type RepoRef,
} from "../github/issues.js";
import type { LedgerListing } from "../github/ledger-query.js";
import { identifyIssue } from "./identify.js";

/** One of Checkpoint's own issues, known by its author and recognised by marker or title. */
export interface LedgerIssue extends KnownIssue {
  title: string;
  body: string;
  url: string;
  createdAt: string;
  /** When it was last touched, by Checkpoint or the learner, an ISO instant. */
  updatedAt: string;
  /** False when the learner removed the `checkpoint` label: the reconcile puts it back. */
  labelled: boolean;
}

/** A comment on one of Checkpoint's issues, with whose it is. */
export type LedgerComment = LedgerCommentView;

/**
 * Checkpoint's state in one home repository, as GitHub holds it: its own issues, and the
 * comments on them, each read at most once per pass.
 */
export interface Ledger {
  ref: RepoRef;
  /** The app's bot login, e.g. `checkpoint[bot]`: the only author whose markers count. */
  bot: string;
  issues: LedgerIssue[];
  comments(issueNumber: number): Promise<LedgerComment[]>;
  /** Comments this pass added (or, negative, removed) per issue: what a later count should show. */
  added: Map<number, number>;
}

/**
 * Reads the ledger's issues (one request per hundred), unless the installation's query read
 * them already (`listed`); comments are read when asked for, but for those that came along.
 */
export async function readLedger(params: {
  octokit: ProbotOctokit;
  ref: RepoRef;
  bot: string;
  listed?: LedgerListing | undefined;
}): Promise<Ledger> {
  const { octokit, ref, bot, listed } = params;
  const records = listed?.issues ?? (await listIssuesBy(octokit, { ...ref, creator: bot }));
  const issues = ledgerIssues(records);
  const read = new Map<number, Promise<LedgerComment[]>>();
  for (const [issueNumber, comments] of listed?.comments ?? []) {
    read.set(issueNumber, Promise.resolve(comments.map((comment) => ledgerComment(comment, bot))));
  }
  return {
    ref,
    bot,
    issues,
    added: new Map(),
    comments: (issueNumber) => {
      // An issue listed with no comments has none to read (this pass adds its own later).
      const listed = issues.find((issue) => issue.number === issueNumber);
      if (listed?.comments === 0) return Promise.resolve([]);
      let comments = read.get(issueNumber);
      if (!comments) {
        comments = readComments({ octokit, ref, bot, issueNumber });
        // A failed read is not remembered: the next caller asks again.
        comments.catch(() => read.delete(issueNumber));
        read.set(issueNumber, comments);
      }
      return comments;
    },
  };
}

/** The issues of a listing that are Checkpoint's, each recognised by marker or title. */
export function ledgerIssues(records: readonly IssueRecord[]): LedgerIssue[] {
  return records.flatMap((record): LedgerIssue[] => {
    const marker = identifyIssue(record);
    if (!marker) return [];
    const { labels, ...rest } = record;
    return [{ ...rest, marker, labelled: labels.includes(CHECKPOINT_LABEL.name) }];
  });
}

/** The comments of one issue, each known as the app's own, a person's, or another app's. */
export async function readComments(params: {
  octokit: ProbotOctokit;
  ref: RepoRef;
  bot: string;
  issueNumber: number;
}): Promise<LedgerComment[]> {
  const { octokit, ref, bot, issueNumber } = params;
  const comments = await listComments(octokit, { ...ref, issue_number: issueNumber });
  return comments.map((comment) => ledgerComment(comment, bot));
}

/** A comment known as the app's own (by `bot`, its login), a person's, or another app's. */
function ledgerComment(comment: CommentRecord, bot: string): LedgerComment {
  const own = comment.authorLogin.toLowerCase() === bot.toLowerCase();
  const marker = own ? readMarker(comment.body) : undefined;
  return {
    id: comment.id,
    body: comment.body,
    authorLogin: comment.authorLogin,
    createdAt: comment.createdAt,
    edited: comment.updatedAt !== comment.createdAt,
    own,
    person: comment.authorType !== "Bot",
    ...(marker ? { marker } : {}),
  };
}
