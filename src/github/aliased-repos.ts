import type { RepoRef } from "./issues.js";

/*
 * Several repositories in one GraphQL query, one alias each: `r<i>` answers the repository
 * that `$o<i>` and `$n<i>` name. A query costs by its connections, not by its aliases. A
 * second set of repositories in the same query takes a prefix: `w<i>` for `$wo<i>/$wn<i>`.
 */

/** `$o0: String!, $n0: String!, …` for `count` repositories. */
export function repoVariableDefinitions(count: number, prefix = ""): string {
  return Array.from(
    { length: count },
    (_, i) => `$${prefix}o${i}: String!, $${prefix}n${i}: String!`,
  ).join(", ");
}

/** `r<i>: repository(owner: $o<i>, name: $n<i>)`, to be followed by its selection. */
export const repoAlias = (i: number, prefix = "") =>
  `${prefix || "r"}${i}: repository(owner: $${prefix}o${i}, name: $${prefix}n${i})`;

/** The variables naming `repos`, in alias order. */
export function repoVariables(repos: readonly RepoRef[], prefix = ""): Record<string, string> {
  return Object.fromEntries(
    repos.flatMap((repo, i) => [
      [`${prefix}o${i}`, repo.owner],
      [`${prefix}n${i}`, repo.repo],
    ]),
  );
}
