import type { Context } from "probot";
import { discoverConfig } from "../config/load.js";
import { parseCommand } from "../domain/commands/parse-command.js";
import { readMarker } from "../domain/marker.js";
import { WEEKLY_KIND } from "../domain/schedule/plan.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { answerReply } from "../jobs/answer-reply.js";
import { runCommand } from "../jobs/run-command.js";

type CommentContext = Context<"issue_comment.created" | "issue_comment.edited">;

/**
 * A comment on an issue: a `/checkpoint` command on any issue of a learner's home
 * repository, or a learner's reply on an open weekly issue. Comments by bots, Checkpoint
 * included, are never acted on, so the app can never answer itself.
 */
export function onIssueComment(canWrite: WriteAccessCheck) {
  return async (context: CommentContext): Promise<void> => {
    const { comment, issue, repository, sender } = context.payload;
    if (comment.user?.type === "Bot" || sender.type === "Bot" || issue.pull_request) return;

    const command = parseCommand(comment.body);
    const marker = issue.user?.type === "Bot" ? readMarker(issue.body) : undefined;
    const isOpenWeekly = marker?.kind === WEEKLY_KIND && issue.state === "open";
    // A command is answered once, when written; editing it later changes nothing.
    if (command && context.payload.action !== "created") return;
    if (!command && !isOpenWeekly) return;

    const ref = context.repo();
    const loaded = await discoverConfig({ octokit: context.octokit, ...ref });
    // Not a learner's home repository: Checkpoint has nothing to say here.
    if (!loaded.ok && "missing" in loaded) return;
    const log = context.log.child({ issue: issue.number });

    if (command) {
      const home = {
        ...ref,
        defaultBranch: repository.default_branch,
        serverUrl: new URL(repository.html_url).origin,
      };
      const result = await runCommand({
        octokit: context.octokit,
        log,
        home,
        loaded,
        issueNumber: issue.number,
        comment: { id: comment.id, login: comment.user?.login ?? sender.login },
        command,
        now: new Date(),
        canWrite,
      });
      log.info({ command: command.kind, result }, "command");
      return;
    }
    if (!loaded.ok || !marker) return;
    const result = await answerReply({
      octokit: context.octokit,
      log,
      ref,
      issueNumber: issue.number,
      marker,
      config: loaded.config,
      canWrite,
    });
    log.info({ result }, "reply");
  };
}
