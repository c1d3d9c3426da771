import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { discoverConfig } from "../github/config-file.js";
import { CONFIG_PATH, DEFAULT_EXPECTATIONS } from "../config/schema.js";
import { readRepoFiles, type WeeksAsked } from "../github/file-texts.js";
import { REPOS_PER_ACTIVITY_QUERY } from "../github/activity/query.js";
import { nextWeekVariables, type NextWeekQuery } from "../domain/schedule/next-week.js";
import { ledgerListing, type LedgerListing } from "../github/ledger-query.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import { listInstallationRepos, type InstallationRepo } from "../github/installation-repos.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import { reconciles } from "../observe/metrics.js";
import { fanOut } from "./fan-out.js";
import { LANE_MEMORY_MS, type Lanes } from "./lanes.js";
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
  /** Learners' next weeks as a scheduler remembers them: one due is asked with the files. */
  rememberedWeeks?: readonly NextWeekQuery[];
  /** Told each learner's next week after their pass, for the scheduler to remember. */
  rememberNextWeek?: (next: NextWeekQuery) => void;
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
  const candidates = candidateHomes(visible, only);
  const homes = await homesWithConfig(octokit, candidates, params.bot, {
    now: params.now,
    remembered: params.rememberedWeeks ?? [],
  });
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
 * bot's login, a few candidates' ledgers come in the same request (LEDGERS_WITH_FILES), and
 * a remembered next week that is due now, with the home it belongs to.
 */
export async function homesWithConfig(
  octokit: ProbotOctokit,
  candidates: readonly Home[],
  bot?: string,
  weeks?: { now: Date; remembered: readonly NextWeekQuery[] },
): Promise<{ home: Home; read: HomeFiles }[]> {
  const refs = candidates.map((home) => ({ owner: home.owner, repo: home.repo }));
  const withLedgers = bot !== undefined && candidates.length <= LEDGERS_WITH_FILES;
  const due = weeks ? dueWeek(weeks.remembered, candidates, weeks.now) : undefined;
  const readAt = performance.now();
  const answer = await readRepoFiles(octokit, refs, [CONFIG_PATH, DEFAULT_EXPECTATIONS], {
    ledger: withLedgers,
    weeks: due?.asked,
  });
  return candidates.flatMap((home) => {
    const found = answer.files.get(fullNameOf(home));
    const [config, expectations] = found?.texts ?? [];
    if (config === undefined) return [];
    const listing = found?.ledger && bot ? ledgerListing(found.ledger, bot) : undefined;
    const mine = due?.home.toLowerCase() === fullNameOf(home).toLowerCase();
    const read: HomeFiles = {
      config,
      expectations: expectations ?? null,
      ...(listing ? { ledger: { listing, readAt } } : {}),
      ...(mine && answer.weeks ? { weeks: answer.weeks } : {}),
    };
    return [{ home, read }];
  });
}

/** The first remembered next week of one of `candidates` that is due at `now`, as it is asked. */
function dueWeek(
  remembered: readonly NextWeekQuery[],
  candidates: readonly Home[],
  now: Date,
): { home: string; asked: WeeksAsked } | undefined {
  const names = new Set(candidates.map((home) => fullNameOf(home).toLowerCase()));
  for (const next of remembered) {
    const variables = nextWeekVariables(next, now);
    if (!variables || !names.has(next.home.toLowerCase()) || next.repos.length === 0) continue;
    const repos = next.repos.slice(0, REPOS_PER_ACTIVITY_QUERY);
    return { home: next.home, asked: { repos, variables } };
  }
  return undefined;
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
 * The ledger read with the installation's files, while it still stands: read within the
 * last minute, and no other work on the learner in this process ended since. Lanes that
 * cannot tell (the queue's, across processes) mean it is read again; without lanes (one
 * `checkpoint run`) nothing else in this process works on the learner.
 */
function stillStanding(
  read: HomeFiles["ledger"],
  learner: string,
  lanes: Lanes | undefined,
): LedgerListing | undefined {
  if (!read) return undefined;
  const stands = lanes
    ? (lanes.untouchedSince?.(learner, read.readAt) ?? false)
    : performance.now() - read.readAt <= LANE_MEMORY_MS;
  return stands ? read.listing : undefined;
}
