import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { discoverConfig } from "../github/config-file.js";
import { CONFIG_PATH, DEFAULT_EXPECTATIONS } from "../config/schema.js";
import { readRepoFiles } from "../github/file-texts.js";
import { ledgerListing, type LedgerListing } from "../github/ledger-query.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import { listInstallationRepos, type InstallationRepo } from "../github/installation-repos.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { reconciles } from "../observe/metrics.js";
import { fanOut } from "./fan-out.js";
import type { Lanes } from "./lanes.js";
import type { Home, HomeFiles } from "./learner-pass.js";
import { reconcileLearner, type ReconcileOutcome } from "./reconcile-learner.js";

/** How many learners of one installation are reconciled at once. */
const LEARNER_CONCURRENCY = 4;

/**
 * Up to how many repositories an installation's query for config files asks for each one's
 * ledger too (some 23 GraphQL requests' worth each, see LEDGER_FIELDS): a learner's own
 * few repositories, where it saves the home's listing; a larger installation lists each
 * home's ledger when it gets to it.
 */
const LEDGERS_WITH_FILES = 10;

export interface LearnerOutcome extends ReconcileOutcome {
  /** The home repository, `owner/name`. */
  home: string;
}

export interface ReconcileInstallationParams {
  octokit: ProbotOctokit;
  log: Logger;
  now: Date;
  dryRun: boolean;
  bot: string;
  canWrite: WriteAccessCheck;
  /** Serialises work on one learner within this process. */
  lanes?: Lanes;
  /** Reconcile only this repository (`owner/name`), as a webhook about it asks. */
  only?: string;
}

/**
 * Every learner of one installation: each repository holding `.github/checkpoint.yml` is a
 * learner's home. One learner's failure is logged and reported, never stops the others.
 */
export async function reconcileInstallation(
  params: ReconcileInstallationParams,
): Promise<LearnerOutcome[]> {
  const { octokit, log, only } = params;
  const visible = await listInstallationRepos(octokit);
  const homes = await homesWithConfig(octokit, candidateHomes(visible, only), params.bot);
  const settled = await fanOut(homes, LEARNER_CONCURRENCY, ({ home, read }) =>
    reconcileHome({ ...params, home, read, visible: async () => visible }),
  );
  return settled.flatMap((result, index) => {
    if (result.ok) return result.value ? [result.value] : [];
    const found = homes[index];
    const home = found ? fullNameOf(found.home) : "unknown repository";
    log.error({ err: result.error, home }, "learner failed");
    return [{ home, status: "failed" as const, detail: (result.error as Error).message }];
  });
}

/**
 * The repositories that may be a learner's home: any that can hold a config. The account's
 * `.github` repository holds defaults for others (Probot's convention), not a learner.
 */
export function candidateHomes(visible: readonly InstallationRepo[], only?: string): Home[] {
  return visible
    .filter(
      (repository) =>
        !repository.archived &&
        repository.name !== ".github" &&
        (only === undefined || repository.fullName.toLowerCase() === only.toLowerCase()),
    )
    .map((repository) => ({
      owner: repository.owner,
      ownerType: repository.ownerType,
      repo: repository.name,
      defaultBranch: repository.defaultBranch,
      serverUrl: repository.serverUrl,
    }));
}

/**
 * The candidates that hold a config, with its text and the expectation document at its
 * default path: every repository's files read in one GraphQL request (per 50 repositories)
 * rather than two REST requests for each home and one for every other repository. Given the
 * bot's login, a few candidates' ledgers come in the same request (LEDGERS_WITH_FILES).
 */
export async function homesWithConfig(
  octokit: ProbotOctokit,
  candidates: readonly Home[],
  bot?: string,
): Promise<{ home: Home; read: HomeFiles }[]> {
  const refs = candidates.map((home) => ({ owner: home.owner, repo: home.repo }));
  const withLedgers = bot !== undefined && candidates.length <= LEDGERS_WITH_FILES;
  const readAt = performance.now();
  const files = await readRepoFiles(octokit, refs, [CONFIG_PATH, DEFAULT_EXPECTATIONS], {
    ledger: withLedgers,
  });
  return candidates.flatMap((home) => {
    const found = files.get(fullNameOf(home));
    const [config, expectations] = found?.texts ?? [];
    if (config === undefined) return [];
    const listing = found?.ledger && bot ? ledgerListing(found.ledger, bot) : undefined;
    const read: HomeFiles = {
      config,
      expectations: expectations ?? null,
      ...(listing ? { ledger: { listing, readAt } } : {}),
    };
    return [{ home, read }];
  });
}

/** `owner/name`, how a learner is named in logs, reports and lanes. */
export function fullNameOf(home: Home): string {
  return `${home.owner}/${home.repo}`;
}

/**
 * One repository that may be a learner's home, in its learner's lane: nothing when it holds
 * no config, else the learner reconciled. Webhooks about a repository come here directly.
 */
export async function reconcileHome(
  params: Omit<ReconcileInstallationParams, "only"> & {
    home: Home;
    visible?: () => Promise<readonly VisibleRepo[]>;
    touched?: number;
    /** The home's files, when the caller read them already. */
    read?: HomeFiles | undefined;
  },
): Promise<LearnerOutcome | undefined> {
  const { octokit, log, home, lanes } = params;
  const fullName = fullNameOf(home);
  const work = async (): Promise<LearnerOutcome | undefined> => {
    const loaded = await discoverConfig({
      octokit,
      owner: home.owner,
      repo: home.repo,
      text: params.read?.config,
    });
    if (!loaded.ok && "missing" in loaded) return undefined;
    const learnerLog = log.child({ home: fullName });
    const outcome = await reconcileLearner({
      ...params,
      log: learnerLog,
      loaded,
      listed: stillStanding(params.read?.ledger, fullName, lanes),
      visible: params.visible ?? (() => listInstallationRepos(octokit)),
    }).catch((error: unknown) => {
      reconciles.inc({ outcome: "failed" });
      throw error;
    });
    reconciles.inc({ outcome: outcome.status });
    learnerLog.info(outcome, "reconciled");
    return { home: fullName, ...outcome };
  };
  return lanes ? lanes.run(fullName, work) : work();
}

/**
 * The ledger read with the installation's files, while it still stands: no other work on
 * the learner in this process ended since it was read. Lanes that cannot tell (the queue's,
 * across processes) mean it is read again.
 */
function stillStanding(
  read: HomeFiles["ledger"],
  learner: string,
  lanes: Lanes | undefined,
): LedgerListing | undefined {
  if (!read) return undefined;
  if (!lanes) return read.listing;
  return lanes.untouchedSince?.(learner, read.readAt) ? read.listing : undefined;
}
