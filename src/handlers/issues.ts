import type { Context } from "probot";
import { reconcileEventHome, type HandlerDeps } from "./deps.js";
import { issueDelivery, validated } from "./payload.js";

type IssueContext = Context<
  "issues.edited" | "issues.closed" | "issues.reopened" | "issues.unlabeled"
>;

/**
 * A person edited, closed, reopened or unlabelled one of Checkpoint's issues: a ticked
 * review checklist, a pause ended by closing its issue, a label to put back. The learner's
 * home is reconciled now.
 */
export function onIssueChange(deps: HandlerDeps) {
  return async (context: IssueContext): Promise<void> => {
    const delivery = validated(issueDelivery, context.payload, context.log);
    if (!delivery || delivery.sender.type === "Bot") return;
    const bot = await deps.identity.login();
    if (delivery.issue.user.login.toLowerCase() !== bot.toLowerCase()) return;
    await reconcileEventHome({
      octokit: context.octokit,
      log: context.log,
      deps,
      installation: context.payload.installation?.id,
      repository: delivery.repository,
    });
  };
}
