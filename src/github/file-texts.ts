import type { ProbotOctokit } from "probot";
import type { RepoRef } from "./issues.js";

/** How many repositories one query asks about: each is one alias, and the query costs 1 point. */
export const REPOS_PER_QUERY = 50;

interface BlobAnswer {
  object: { text?: string | null } | null;
}

type FilesAnswer = Record<string, BlobAnswer | null>;

/**
 * The query for the `path` file on the default branch of up to REPOS_PER_QUERY
 * repositories, one alias each (`r0`, `r1`, …): no connection, so one point whatever the count.
 */
export function fileTextsQuery(count: number, path: string): string {
  const variables = Array.from({ length: count }, (_, i) => `$o${i}: String!, $n${i}: String!`);
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `  r${i}: repository(owner: $o${i}, name: $n${i}) {\n` +
      `    object(expression: ${JSON.stringify(`HEAD:${path}`)}) { ... on Blob { text } }\n  }`,
  );
  return `query CheckpointFiles(${variables.join(", ")}) {\n${fields.join("\n")}\n}`;
}

/** A partial answer: GitHub answers the repositories it can and names the others NOT_FOUND. */
function partialData(error: unknown): FilesAnswer | undefined {
  const { data, errors } = error as { data?: FilesAnswer; errors?: { type?: string }[] };
  if (data === undefined || !errors?.every((entry) => entry.type === "NOT_FOUND")) return undefined;
  return data;
}

/**
 * The text of `path` on each repository's default branch, read in one GraphQL request per
 * REPOS_PER_QUERY repositories instead of one REST request each: undefined where the
 * repository has no such file (or is empty, or gone). Keys are `owner/name`.
 */
export async function readFileTexts(
  octokit: Pick<ProbotOctokit, "graphql">,
  repos: readonly RepoRef[],
  path: string,
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>();
  for (let start = 0; start < repos.length; start += REPOS_PER_QUERY) {
    const chunk = repos.slice(start, start + REPOS_PER_QUERY);
    const variables = Object.fromEntries(
      chunk.flatMap((repo, i) => [
        [`o${i}`, repo.owner],
        [`n${i}`, repo.repo],
      ]),
    );
    const answer = await octokit
      .graphql<FilesAnswer>(fileTextsQuery(chunk.length, path), variables)
      .catch((error: unknown) => {
        const data = partialData(error);
        if (data === undefined) throw error;
        return data;
      });
    chunk.forEach((repo, i) => {
      const text = answer[`r${i}`]?.object?.text;
      texts.set(`${repo.owner}/${repo.repo}`, typeof text === "string" ? text : undefined);
    });
  }
  return texts;
}
