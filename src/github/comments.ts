import type { ProbotOctokit } from "probot";
import type { RepoRef } from "./issues.js";

/** A comment as GitHub lists it, in the few fields Checkpoint reads. */
export interface CommentRecord {
  id: number;
  body: string;
  authorLogin: string;
  /** "Bot" for apps, "User" for people. */
  authorType: string;
  createdAt: string;
  /** When it was last edited; its creation time when never. */
  updatedAt: string;
}

/** Every comment on an issue, oldest first. */
export async function listComments(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number },
): Promise<CommentRecord[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...params,
    per_page: 100,
  });
  return comments.map((comment) => ({
    id: comment.id,
    body: comment.body ?? "",
    authorLogin: comment.user?.login ?? "",
    authorType: comment.user?.type ?? "",
    createdAt: comment.created_at,
    updatedAt: comment.updated_at ?? comment.created_at,
  }));
}

export async function createComment(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; body: string },
): Promise<{ id: number }> {
  const { data } = await octokit.rest.issues.createComment(params);
  return { id: data.id };
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
