import type { RepoRef } from "./issues.js";

/*
 * Several repositories in one GraphQL query, one alias each: `r<i>` answers the repository
 * that `$o<i>` and `$n<i>` name. A query costs by its connections, not by its aliases.
 */

/** `$o0: String!, $n0: String!, …` for `count` repositories. */
export function repoVariableDefinitions(count: number): string {
  return Array.from({ length: count }, (_, i) => `$o${i}: String!, $n${i}: String!`).join(", ");
}

/** `r<i>: repository(owner: $o<i>, name: $n<i>)`, to be followed by its selection. */
export const repoAlias = (i: number) => `r${i}: repository(owner: $o${i}, name: $n${i})`;

/** The variables naming `repos`, in alias order. */
export function repoVariables(repos: readonly RepoRef[]): Record<string, string> {
  return Object.fromEntries(
    repos.flatMap((repo, i) => [
      [`o${i}`, repo.owner],
      [`n${i}`, repo.repo],
    ]),
  );
}
