import type { Probot } from "probot";
import { writeAccessCheck } from "./github/permissions.js";
import { onInstallationChange } from "./handlers/installation.js";
import { onIssueComment } from "./handlers/issue-comment.js";
import { onPush } from "./handlers/push.js";
import { scheduledRun } from "./jobs/scheduled-run.js";
import { scheduleFromEnv, startScheduler } from "./scheduler/cron.js";

/**
 * The Probot app: registers the webhook handlers and starts the scheduler. Wiring only;
 * behaviour lives in handlers/, jobs/ and domain/.
 */
export default function checkpoint(app: Probot): void {
  app.on("push", onPush);
  app.on(["issue_comment.created", "issue_comment.edited"], onIssueComment(writeAccessCheck()));
  app.on(["installation.created", "installation_repositories.added"], onInstallationChange);

  const expression = scheduleFromEnv(process.env);
  if (expression) {
    startScheduler({
      expression,
      log: app.log.child({ name: "scheduler" }),
      tick: async (now) => {
        const outcomes = await scheduledRun({ probot: app, log: app.log, now, dryRun: false });
        const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
        app.log.info({ learners: outcomes.length, failed }, "scheduled run done");
      },
    });
  }
}
