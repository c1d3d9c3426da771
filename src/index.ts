import type { Probot } from "probot";
import { writeAccessCheck } from "./github/permissions.js";
import { onInstallationChange } from "./handlers/installation.js";
import { onIssueComment } from "./handlers/issue-comment.js";
import { onIssueEdited } from "./handlers/issues.js";
import { onPush } from "./handlers/push.js";
import { scheduledRun } from "./jobs/scheduled-run.js";
import { scheduleFromEnv, startScheduler } from "./scheduler/cron.js";
import { QuietHours } from "./scheduler/quiet-hours.js";

/**
 * The Probot app: registers the webhook handlers and starts the scheduler. Wiring only;
 * behaviour lives in handlers/, jobs/ and domain/.
 */
export default function checkpoint(app: Probot): void {
  const quiet = new QuietHours();

  app.on("push", onPush);
  app.on(["installation.created", "installation_repositories.added"], onInstallationChange);
  app.on(["issue_comment.created", "issue_comment.edited"], onIssueComment(writeAccessCheck()));
  app.on("issues.edited", onIssueEdited);
  // Anything a learner does may change what is due: the scheduler looks again next tick.
  app.on(
    [
      "push",
      "issue_comment.created",
      "issues.closed",
      "issues.reopened",
      "installation_repositories",
    ],
    async (context) => {
      if (context.payload.installation) quiet.wake(context.payload.installation.id);
    },
  );

  const expression = scheduleFromEnv(process.env);
  if (expression) {
    startScheduler({
      expression,
      log: app.log.child({ name: "scheduler" }),
      tick: async (now) => {
        const outcomes = await scheduledRun({
          probot: app,
          log: app.log,
          now,
          dryRun: false,
          quiet,
        });
        const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
        app.log.info({ learners: outcomes.length, failed }, "scheduled run done");
      },
    });
  }
}
