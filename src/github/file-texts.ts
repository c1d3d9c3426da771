import type { ProbotOctokit } from "probot";
import { repoAlias, repoVariableDefinitions, repoVariables } from "./aliased-repos.js";
import { repoKey, type PrefetchedWeeks } from "./activity/index.js";
import type { ActivityRepository } from "./activity/query.js";
import { WEEK_FRAGMENTS, WEEK_VARIABLES, weekAliases } from "./activity/query.js";
import type { RepoRef } from "./issues.js";
import { LEDGER_FIELDS, type LedgerAnswer } from "./ledger-query.js";

/** How many repositories one query asks about: each is one alias, and the query costs 1 point. */
export const REPOS_PER_QUERY = 50;

interface BlobAnswer {
  text?: string | null;
}

type RepoAnswer = Record<`f${number}`, BlobAnswer | null> & LedgerAnswer;
type FilesAnswer = Record<string, RepoAnswer | null> &
  Record<`w${number}`, ActivityRepository | null>;

/** What one repository holds: the texts of the paths asked, and its ledger when asked. */
export interface RepoFiles {
  /** In `paths` order, undefined where the repository has no such file. */
  texts: (string | undefined)[];
  /** The answer to LEDGER_FIELDS, when the ledger was asked for. */
  ledger?: LedgerAnswer;
}

/** Repositories whose week to read in the same query (the first), and with what variables. */
export interface WeeksAsked {
  repos: readonly RepoRef[];
  variables: PrefetchedWeeks["variables"];
}

/**
 * The query for `paths` on the default branch of up to REPOS_PER_QUERY repositories, one
 * alias each (`r0`, `r1`, …) with one field per path (`f0`, `f1`, …): objects, no connection,
 * so one point whatever the count. With `ledger`, each repository's ledger too (LEDGER_FIELDS);
 * with `weeks`, that many repositories' weeks as `w0`, `w1`, … (see activityQuery).
 */
export function fileTextsQuery(
  count: number,
  paths: readonly string[],
  ledger = false,
  weeks = 0,
): string {
  const files = paths
    .map(
      (path, j) =>
        `    f${j}: object(expression: ${JSON.stringify(`HEAD:${path}`)}) { ... on Blob { text } }`,
    )
    .join("\n");
  const selection = ledger ? `${files}${LEDGER_FIELDS}` : files;
  const fields = Array.from({ length: count }, (_, i) => `  ${repoAlias(i)} {\n${selection}\n  }`);
  const variables = [repoVariableDefinitions(count)];
  if (weeks === 0)
    return `query CheckpointFiles(${variables.join(", ")}) {\n${fields.join("\n")}\n}`;
  variables.push(WEEK_VARIABLES, repoVariableDefinitions(weeks, "w"));
  fields.push(weekAliases(weeks, "w"));
  return `query CheckpointFiles(${variables.join(", ")}) {\n${fields.join("\n")}\n}\n${WEEK_FRAGMENTS}`;
}

/** A partial answer: GitHub answers the repositories it can and names the others NOT_FOUND. */
function partialData(error: unknown): FilesAnswer | undefined {
  const { data, errors } = error as { data?: FilesAnswer; errors?: { type?: string }[] };
  if (data === undefined || !errors?.every((entry) => entry.type === "NOT_FOUND")) return undefined;
  return data;
}

/**
 * The texts of `paths` on each repository's default branch, read in one GraphQL request per
 * REPOS_PER_QUERY repositories instead of one REST request per file: in `paths` order,
 * undefined where the repository has no such file (or is empty, or gone). With `ledger`,
 * each repository's ledger comes in the same requests, and with `weeks` those weeks come
 * in the first. Keys are `owner/name`.
 */
export async function readRepoFiles(
  octokit: Pick<ProbotOctokit, "graphql">,
  repos: readonly RepoRef[],
  paths: readonly string[],
  options: { ledger?: boolean; weeks?: WeeksAsked | undefined } = {},
): Promise<{ files: Map<string, RepoFiles>; weeks?: PrefetchedWeeks }> {
  const texts = new Map<string, RepoFiles>();
  let weeks: PrefetchedWeeks | undefined;
  for (let start = 0; start < repos.length; start += REPOS_PER_QUERY) {
    const chunk = repos.slice(start, start + REPOS_PER_QUERY);
    const asked = {
      ledger: options.ledger === true,
      weeks: start === 0 ? options.weeks : undefined,
    };
    const extras = asked.ledger || asked.weeks !== undefined;
    const answer = await askFiles(octokit, chunk, paths, asked).catch((error: unknown) => {
      // The ledger and the week only save requests: a query GitHub could not answer with
      // them is asked again without, so the configs are still read.
      if (!extras || !isQueryError(error)) throw error;
      asked.ledger = false;
      asked.weeks = undefined;
      return askFiles(octokit, chunk, paths, asked);
    });
    chunk.forEach((repo, i) => {
      const repository = answer[`r${i}`];
      const files = paths.map((_, j) => {
        const text = repository?.[`f${j}`]?.text;
        return typeof text === "string" ? text : undefined;
      });
      texts.set(`${repo.owner}/${repo.repo}`, {
        texts: files,
        ...(asked.ledger && repository ? { ledger: repository } : {}),
      });
    });
    if (asked.weeks) weeks = weeksOf(asked.weeks, answer);
  }
  return { files: texts, ...(weeks ? { weeks } : {}) };
}

/** One query of readRepoFiles; repositories GitHub cannot find are answered null. */
function askFiles(
  octokit: Pick<ProbotOctokit, "graphql">,
  chunk: readonly RepoRef[],
  paths: readonly string[],
  asked: { ledger: boolean; weeks: WeeksAsked | undefined },
): Promise<FilesAnswer> {
  const { weeks } = asked;
  const query = fileTextsQuery(chunk.length, paths, asked.ledger, weeks?.repos.length ?? 0);
  const variables = {
    ...repoVariables(chunk),
    ...(weeks ? { ...weeks.variables, ...repoVariables(weeks.repos, "w") } : {}),
  };
  return octokit.graphql<FilesAnswer>(query, variables).catch((error: unknown) => {
    const data = partialData(error);
    if (data === undefined) throw error;
    return data;
  });
}

/** GitHub answered, with errors in the query's fields, not a rate limit or a failed request. */
function isQueryError(error: unknown): boolean {
  const { errors } = error as { errors?: { type?: string }[] };
  return Array.isArray(errors) && !errors.some((entry) => entry.type === "RATE_LIMITED");
}

/** The weeks a files query read, by repository; one GitHub could not find is left out. */
function weeksOf(asked: WeeksAsked, answer: FilesAnswer): PrefetchedWeeks {
  const answers = new Map<string, ActivityRepository>();
  asked.repos.forEach((repo, i) => {
    const week = answer[`w${i}`];
    if (week) answers.set(repoKey(repo), week);
  });
  return { variables: asked.variables, answers };
}
