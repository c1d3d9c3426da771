import type { ProbotOctokit } from "probot";
import { readMarker, type Marker } from "../domain/marker.js";
import type { RepoRef } from "./issues.js";

export interface IssueComment {
  id: number;
  body: string;
  authorLogin: string;
  /** "Bot" for apps, Checkpoint included; their comments are never a learner's reply. */
  authorType: string;
  createdAt: string;
  /** The hidden marker of an app's comment (Checkpoint's own work); people's comments have none. */
  marker?: Marker;
}

/** Every comment on an issue, oldest first. */
export async function listComments(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number },
): Promise<IssueComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...params,
    per_page: 100,
  });
  return comments.map((comment) => {
    const body = comment.body ?? "";
    const authorType = comment.user?.type ?? "";
    // Only a bot's marker counts: anyone can paste one into a comment of their own.
    const marker = authorType === "Bot" ? readMarker(body) : undefined;
    return {
      id: comment.id,
      body,
      authorLogin: comment.user?.login ?? "",
      authorType,
      createdAt: comment.created_at,
      ...(marker ? { marker } : {}),
    };
  });
}

export async function updateComment(
  octokit: ProbotOctokit,
  params: RepoRef & { comment_id: number; body: string },
): Promise<void> {
  await octokit.rest.issues.updateComment(params);
}

export async function deleteComment(
  octokit: ProbotOctokit,
  params: RepoRef & { comment_id: number },
): Promise<void> {
  await octokit.rest.issues.deleteComment(params);
}
