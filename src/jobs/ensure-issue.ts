import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { Marker } from "../domain/marker.js";
import {
  closeIssue,
  comment,
  ensureLabel,
  listOwnIssues,
  openIssue,
  type OwnIssue,
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
  known?: OwnIssue[];
}

/**
 * Opens an issue unless one already exists, then looks again: when two processes raced,
 * the oldest survives and the others are closed with a note pointing to it.
 */
export async function ensureIssue(
  params: EnsureIssueParams,
): Promise<{ number: number; created: boolean }> {
  const { octokit, log, ref, matches, title, body } = params;
  const existing = (params.known ?? (await listOwnIssues(octokit, ref))).find(
    (issue) => issue.state === "open" && matches(issue.marker),
  );
  if (existing) return { number: existing.number, created: false };

  await ensureLabel(octokit, ref);
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
