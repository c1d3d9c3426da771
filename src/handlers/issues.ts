import type { Context } from "probot";
import { reconcileEventHome, type HandlerDeps } from "./deps.js";

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
    const { issue, sender } = context.payload;
    if (sender.type === "Bot") return;
    const bot = await deps.identity.login();
    if (issue.user?.login?.toLowerCase() !== bot.toLowerCase()) return;
    await reconcileEventHome(context, deps);
  };
}
