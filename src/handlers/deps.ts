import type { Context } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import type { LearnerLanes } from "../jobs/lanes.js";
import { reconcileHome } from "../jobs/reconcile-installation.js";
import type { Retries } from "../scheduler/retries.js";

/** What every handler is given by the app's wiring: nothing global, the clock included. */
export interface HandlerDeps {
  identity: AppIdentity;
  canWrite: WriteAccessCheck;
  lanes: LearnerLanes;
  clock: () => Date;
  retries: Retries;
}

type RepoEvent = Context<"issues" | "issue_comment" | "push">;

/**
 * Reconciles the learner whose home the event's repository is, at once, in that learner's
 * lane: the same pass the scheduler runs, so a webhook only makes a learner due sooner.
 */
export async function reconcileEventHome(
  context: RepoEvent,
  deps: HandlerDeps,
  touched?: number,
): Promise<void> {
  const { repository } = context.payload;
  const owner = repository.owner?.login;
  // A payload without its repository's owner names no home to look at.
  if (!owner) return;
  const learner = `${owner}/${repository.name}`;
  const bot = await deps.identity.login();
  const pass = () =>
    reconcileHome({
      octokit: context.octokit,
      log: context.log,
      now: deps.clock(),
      dryRun: false,
      bot,
      canWrite: deps.canWrite,
      lanes: deps.lanes,
      home: {
        owner,
        repo: repository.name,
        defaultBranch: repository.default_branch ?? "main",
        serverUrl: new URL(repository.html_url).origin,
      },
      ...(touched === undefined ? {} : { touched }),
    });
  // A failed pass is acknowledged all the same (GitHub never redelivers) and retried here.
  const attempt = async (): Promise<boolean> => {
    try {
      const outcome = await pass();
      if (outcome) context.log.info({ ...outcome }, "reconciled after a webhook");
      return outcome?.status !== "failed";
    } catch (error) {
      context.log.error({ err: error, home: learner }, "pass after a webhook failed");
      return false;
    }
  };
  if (await attempt()) deps.retries.succeeded(learner);
  else deps.retries.failed(learner, attempt);
}
