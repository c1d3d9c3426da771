import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { Marker } from "../domain/marker.js";
import type { KnownIssue } from "../domain/schedule/plan.js";
import {
  closeIssue,
  comment,
  ensureLabel,
  listOwnIssues,
  openIssue,
  type RepoRef,
} from "../github/issues.js";

export interface EnsureIssueParams {
  octokit: ProbotOctokit;
  log: Logger;
  ref: RepoRef;
  /** Which of Checkpoint's issues count as this one. */
  matches: (marker: Marker) => boolean;
  title: string;
  body: string;
  /** The issues already listed by the caller, to save a request. */
  known?: readonly KnownIssue[];
}

/**
 * Opens an issue unless one already exists, then looks again: when two processes raced,
 * the oldest survives and the others are closed with a note pointing to it.
 */
export async function ensureIssue(
  params: EnsureIssueParams,
): Promise<{ number: number; created: boolean }> {
  const { octokit, log, ref, matches, title, body } = params;
  const known = params.known ?? (await listOwnIssues(octokit, ref));
  const existing = known.find((issue) => issue.state === "open" && matches(issue.marker));
  if (existing) return { number: existing.number, created: false };

  // The label is styled once, with the first issue; later issues find it there.
  if (known.length === 0) await ensureLabel(octokit, ref);
  const opened = await openIssue(octokit, { ...ref, title, body });
  const twins = (await listOwnIssues(octokit, ref))
    .filter((issue) => issue.state === "open" && matches(issue.marker))
    .sort((a, b) => a.number - b.number);
  const survivor = twins[0]?.number ?? opened.number;
  for (const twin of twins.slice(1)) {
    log.warn({ survivor, duplicate: twin.number }, "closing a duplicate issue");
    await comment(octokit, {
      ...ref,
      issue_number: twin.number,
      body: `This duplicates #${survivor}; closing it so there is one place to reply.`,
    });
    await closeIssue(octokit, { ...ref, issue_number: twin.number, reason: "not_planned" });
  }
  return { number: survivor, created: survivor === opened.number };
}
