import type { Context } from "probot";
import { reconcileEventHome, type HandlerDeps } from "./deps.js";
import { commentDelivery, validated } from "./payload.js";

type CommentContext = Context<
  "issue_comment.created" | "issue_comment.edited" | "issue_comment.deleted"
>;

/**
 * A person wrote, edited or deleted a comment on one of Checkpoint's issues: a reply to
 * answer, a command, a reply gone. The learner's home is reconciled now; what to do follows
 * from the issue as it is, so a redelivery or an out-of-order event changes nothing.
 * Comments by apps, Checkpoint included, never trigger anything.
 */
export function onIssueComment(deps: HandlerDeps) {
  return async (context: CommentContext): Promise<void> => {
    const delivery = validated(commentDelivery, context.payload, context.log);
    if (!delivery) return;
    const { comment, issue, sender, repository } = delivery;
    if (comment.user.type === "Bot" || sender.type === "Bot" || issue.pull_request) return;
    const bot = await deps.identity.login();
    if (issue.user.login.toLowerCase() !== bot.toLowerCase()) return;
    await reconcileEventHome({
      octokit: context.octokit,
      log: context.log,
      deps,
      installation: context.payload.installation?.id,
      repository,
      touched: issue.number,
    });
  };
}
