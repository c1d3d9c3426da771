import type { RepoMeasures } from "../../domain/measures/week-measures.js";
import { escapeText } from "./escape.js";
import type { LinkBook } from "./links.js";
import { count } from "../../domain/words.js";

/** A repository the learner committed to this week (merges included). */
const wasActive = (repo: RepoMeasures) => repo.commits.length + repo.merges.length > 0;

/**
 * The week per repository, one line each, only when two or more repositories had commits:
 * with one, the breakdown would repeat the figures above. Repositories without commits are
 * left out rather than listed with zeros.
 */
export function repoBreakdown(repos: readonly RepoMeasures[], links: LinkBook): string[] {
  const active = repos.filter(wasActive);
  if (active.length < 2) return [];
  return [
    "### By repository",
    "",
    ...active.map((repo) => {
      const name = links.to(escapeText(repo.repo), repo.url);
      const testFiles = repo.tests.added.length + repo.tests.changed.length;
      const figures = [count(repo.commits.length, "commit"), count(repo.activeDays, "day")];
      if (testFiles > 0) figures.push(count(testFiles, "test file"));
      return `- ${name}: ${figures.join(", ")}`;
    }),
  ];
}
