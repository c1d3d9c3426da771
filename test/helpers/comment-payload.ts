import type { WebhookDefinition } from "@octokit/webhooks-examples";
import { webhookExample } from "./webhooks.js";

type IssueCommentEvent = WebhookDefinition<"issue_comment">["examples"][number];
type Created = Extract<IssueCommentEvent, { action: "created" }>;
type Edited = Extract<IssueCommentEvent, { action: "edited" }>;
export type CommentPayload = Created | Edited;

/**
 * GitHub's own `issue_comment` example payload (Codertocat/Hello-World, issue #1) for the
 * action, with the learner's reply in place of the example's comment body.
 */
export function commentPayload(action: "created", body: string): Created;
export function commentPayload(action: "edited", body: string): Edited;
export function commentPayload(action: CommentPayload["action"], body: string): CommentPayload {
  const example = webhookExample<CommentPayload>(
    "issue_comment",
    (candidate) => candidate.action === action,
  );
  example.comment.body = body;
  return example;
}

/** The repository the comment was written in, as the handler will pass it to the parser. */
export function repoOf(payload: CommentPayload): { owner: string; repo: string } {
  return { owner: payload.repository.owner.login, repo: payload.repository.name };
}
