import type { ProbotOctokit } from "probot";
import { readMarker } from "../domain/marker.js";
import type { KnownIssue } from "../domain/schedule/plan.js";

/** The label on everything Checkpoint opens; it also narrows the listing of its own issues. */
export const CHECKPOINT_LABEL = {
  name: "checkpoint",
  color: "0E8A16",
  description: "Opened by Checkpoint, your learning accountability app",
};

// A type alias, not an interface, so it fits Octokit's indexed parameter types.
export type RepoRef = { owner: string; repo: string };

export interface OwnIssue extends KnownIssue {
  title: string;
  body: string;
  url: string;
  /** When Checkpoint (or the learner) last touched it, an ISO instant. */
  updatedAt: string;
}

/**
 * Checkpoint's own issues in a repository: labelled, opened by a bot, carrying a marker.
 * One request per hundred issues, so a whole course costs one or two.
 */
export async function listOwnIssues(octokit: ProbotOctokit, ref: RepoRef): Promise<OwnIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...ref,
    state: "all",
    labels: CHECKPOINT_LABEL.name,
    per_page: 100,
  });
  return issues.flatMap((issue) => {
    const marker = readMarker(issue.body);
    if (!marker || issue.pull_request || issue.user?.type !== "Bot") return [];
    return [
      {
        number: issue.number,
        state: issue.state === "open" ? "open" : "closed",
        stateReason: issue.state_reason ?? null,
        comments: issue.comments,
        title: issue.title,
        body: issue.body ?? "",
        url: issue.html_url,
        updatedAt: issue.updated_at,
        marker,
      },
    ];
  });
}

/** Creates the label once; a label that already exists is left as the learner styled it. */
export async function ensureLabel(octokit: ProbotOctokit, ref: RepoRef): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({ ...ref, ...CHECKPOINT_LABEL });
  } catch (error) {
    // 422: already exists.
    if ((error as { status?: number }).status !== 422) throw error;
  }
}

export async function openIssue(
  octokit: ProbotOctokit,
  params: RepoRef & { title: string; body: string },
): Promise<{ number: number; url: string }> {
  const { data } = await octokit.rest.issues.create({
    ...params,
    labels: [CHECKPOINT_LABEL.name],
  });
  return { number: data.number, url: data.html_url };
}

export async function updateIssueBody(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; body: string },
): Promise<void> {
  await octokit.rest.issues.update(params);
}

export async function closeIssue(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; reason: "completed" | "not_planned" },
): Promise<void> {
  const { reason, ...rest } = params;
  await octokit.rest.issues.update({ ...rest, state: "closed", state_reason: reason });
}

export async function comment(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; body: string },
): Promise<void> {
  await octokit.rest.issues.createComment(params);
}
