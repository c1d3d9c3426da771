import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { LoadedConfig } from "../github/config-file.js";
import type { CheckpointConfig } from "../config/schema.js";
import { legacyUpdatesBefore, type WeeklyIssue } from "../domain/schedule/plan.js";
import type { VisibleRepo } from "../domain/schedule/tracked-repos.js";
import { weekFacts, type WeekFacts } from "../domain/schedule/week-facts.js";
import type { RepoRef } from "../github/issues.js";
import type { PrefetchedWeeks } from "../github/activity/index.js";
import type { LedgerListing } from "../github/ledger-query.js";
import type { WriteAccessCheck } from "../github/permissions.js";
import type { Ledger, LedgerComment, LedgerIssue } from "../ledger/read.js";
import type { LoadedExpectations } from "./expectations.js";

/** A learner's home repository: where their config lives and their issues go. */
export interface Home extends RepoRef {
  /** The owner's kind, "User" or "Organization": see domain/consent. */
  ownerType: string;
  defaultBranch: string;
  /** e.g. https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
}

/**
 * A home's files its installation's pass read already, with every other repository's, in
 * one query: the config, and the expectation document at its default path (null: none).
 * Queue mode carries them in a job's data as JSON: the ledger and the week, which hold Maps
 * and go stale, are only ever read in one process's pass (homesWithConfig without a bot).
 */
export interface HomeFiles {
  config: string;
  expectations: string | null;
  /** The ledger, when the same query read it: used only while nothing may have changed it. */
  ledger?: { listing: LedgerListing; readAt: number };
  /** The learner's week, when the scheduler remembered it and the same query read it. */
  weeks?: PrefetchedWeeks;
}

/** What every part of one pass over one learner works with. */
interface PassBase {
  octokit: ProbotOctokit;
  log: Logger;
  home: Home;
  ledger: Ledger;
  now: Date;
  /** Decide and describe, but write nothing. */
  dryRun: boolean;
  canWrite: WriteAccessCheck;
  /** Whether the learner can push to a repository; absent when they own every one measured. */
  mayPush?: ((repo: RepoRef) => Promise<boolean>) | undefined;
}

/** A pass over a learner whose config reads cleanly; each job takes what it needs of it. */
export interface LearnerPass extends PassBase {
  config: CheckpointConfig;
  /** The learner's expectation document, read at most once per pass. */
  expectations: () => Promise<LoadedExpectations>;
  /** The repositories the installation can see, listed at most once per pass. */
  visible: () => Promise<readonly VisibleRepo[]>;
  /** Weeks read already with the installation's files (see HomeFiles.weeks). */
  prefetched?: PrefetchedWeeks | undefined;
}

/** The part of a pass that answers commands: it runs even when the config is broken. */
export interface CommandPass extends PassBase {
  loaded: LoadedConfig;
  /** The learner whose confirmation is awaited before any figure is posted (domain/consent). */
  awaiting?: string | undefined;
  /** An issue a webhook named: its comments are looked at even when it is closed. */
  touched?: number;
}

/** The learner's login: the config's, else the account of the home repository. */
export function learnerLogin(config: CheckpointConfig, home: RepoRef): string {
  return config.learner.login ?? home.owner;
}

/**
 * Who may post a week's update: the learner, or a collaborator with write access (asked of
 * GitHub once per login and pass) for each person who commented.
 */
async function replyAuthors(
  pass: LearnerPass,
  comments: readonly LedgerComment[],
): Promise<(login: string) => boolean> {
  const learner = learnerLogin(pass.config, pass.home).toLowerCase();
  const allowed = new Set([learner]);
  const others = new Set(
    comments
      .filter((comment) => comment.person && comment.authorLogin.toLowerCase() !== learner)
      .map((comment) => comment.authorLogin),
  );
  for (const login of others) {
    const ref = { owner: pass.home.owner, repo: pass.home.repo, login };
    if (await pass.canWrite(pass.octokit, ref)) allowed.add(login.toLowerCase());
  }
  return (login) => allowed.has(login.toLowerCase());
}

/** A week's facts as its issue's comments show them now (no comments: nothing to read). */
export async function weekFactsOf(
  pass: LearnerPass,
  issue: WeeklyIssue<LedgerIssue>,
): Promise<WeekFacts> {
  const comments = issue.comments > 0 ? await pass.ledger.comments(issue.number) : [];
  return weekFacts({
    marker: issue.marker,
    comments,
    mayReply: await replyAuthors(pass, comments),
    repo: { owner: pass.home.owner, repo: pass.home.repo, serverUrl: pass.home.serverUrl },
  });
}

/** Weeks in a row with an update before this week: carried in its marker, or from older markers. */
export function updatesBeforeWeek(pass: LearnerPass, issue: WeeklyIssue<LedgerIssue>): number {
  return (
    issue.marker.lastWeek?.updatesInARow ??
    legacyUpdatesBefore(pass.ledger.issues, issue.marker.week)
  );
}
