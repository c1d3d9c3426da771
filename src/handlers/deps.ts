import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { AppIdentity } from "../github/app-identity.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import type { Lanes } from "../jobs/lanes.js";
import { reconcileHome } from "../jobs/reconcile-installation.js";
import type { Retries } from "./retries.js";
import type { Home } from "../jobs/learner-pass.js";
import type { DeliveredRepository } from "./payload.js";

/** What every handler is given by the app's wiring: nothing global, the clock included. */
export interface HandlerDeps {
  identity: AppIdentity;
  canWrite: WriteAccessCheck;
  lanes: Lanes;
  clock: () => Date;
  retries: Retries;
  /** In queue mode, where passes go instead of running in the webhook's request. */
  queue?: PassQueue;
}

/** The queue's side the handlers see (queue/cluster.ts): enqueue, and acknowledge at once. */
interface PassQueue {
  enqueueLearner(params: { installation: number; home: Home; touched?: number }): Promise<void>;
  enqueueInstallation(params: {
    installation: number;
    account: string;
    at: Date;
    welcome?: string;
  }): Promise<void>;
}

/** The learner's home a delivery's repository names. */
function homeOf(repository: DeliveredRepository): Home {
  return {
    owner: repository.owner.login,
    ownerType: repository.owner.type,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    serverUrl: new URL(repository.html_url).origin,
  };
}

/**
 * Reconciles the learner whose home the delivery's repository is, at once, in that
 * learner's lane: the same pass the scheduler runs, so a webhook only makes a learner due
 * sooner. A failed pass is acknowledged all the same (GitHub never redelivers) and retried.
 */
export async function reconcileEventHome(params: {
  octokit: ProbotOctokit;
  log: Logger;
  deps: HandlerDeps;
  repository: DeliveredRepository;
  installation: number | undefined;
  touched?: number;
}): Promise<void> {
  const { octokit, log, deps, repository, touched, installation } = params;
  const home = homeOf(repository);
  if (deps.queue && installation !== undefined) {
    await deps.queue.enqueueLearner({ installation, home, ...(touched ? { touched } : {}) });
    return;
  }
  const learner = `${home.owner}/${home.repo}`;
  const bot = await deps.identity.login();
  const pass = () =>
    reconcileHome({
      octokit,
      log,
      now: deps.clock(),
      dryRun: false,
      bot,
      canWrite: deps.canWrite,
      lanes: deps.lanes,
      home,
      ...(touched === undefined ? {} : { touched }),
    });
  const attempt = async (): Promise<boolean> => {
    try {
      const outcome = await pass();
      if (outcome) log.info({ ...outcome }, "reconciled after a webhook");
      return outcome?.status !== "failed";
    } catch (error) {
      log.error({ err: error, home: learner }, "pass after a webhook failed");
      return false;
    }
  };
  if (await attempt()) deps.retries.succeeded(learner);
  else deps.retries.failed(learner, attempt);
}
