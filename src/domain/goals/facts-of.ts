import type { RepoActivity } from "../activity.js";
import type { HeadMeasures, WeekMeasures } from "../measures/week-measures.js";
import { codeEvidence } from "./code-evidence.js";
import { isWorkflow } from "../measures/classify-paths.js";
import { isDjangoProject } from "./django.js";
import { LIVE_URLS_KEPT, liveUrls } from "./live-urls.js";
import type { GoalFacts } from "./facts.js";

/**
 * The goal facts of a measured week. `repos` are the activities `measures` was measured
 * from: the counts come from the measures, the code evidence and Django detection from the
 * changes' added lines, which the measures do not keep.
 */
export function goalFactsOf(repos: readonly RepoActivity[], measures: WeekMeasures): GoalFacts {
  const { data, delivery, collaboration, messages } = measures.totals;
  const heads = measures.repos.map((repo) => repo.head);
  const atHead = (files: (head: HeadMeasures) => readonly unknown[]) =>
    heads.reduce((sum, head) => sum + files(head).length, 0);
  const readmeSays = (aspect: "setup" | "run" | "test") =>
    heads.some((head) => head.readme[aspect].present);
  return {
    readme: { setup: readmeSays("setup"), run: readmeSays("run"), test: readmeSays("test") },
    models: data.models.length,
    migrations: data.migrations.length,
    workflows: { changed: delivery.workflows.length, atHead: atHead((head) => head.workflows) },
    deployment: { changed: delivery.deployment.length, atHead: atHead((head) => head.deployment) },
    live: {
      deployWorkflows: heads.reduce(
        (sum, head) => sum + head.deployment.filter((file) => isWorkflow(file.path)).length,
        0,
      ),
      urls: [...new Set(repos.flatMap((repo) => liveUrls(repo.head.readme ?? "")))].slice(
        0,
        LIVE_URLS_KEPT,
      ),
    },
    pulls: {
      opened: collaboration.pullsOpened.length,
      merged: collaboration.pullsMerged.length,
    },
    reviewsGiven: collaboration.reviewsGiven.length,
    vagueMessages: messages.vague.length,
    // Merges count as activity here, as in the weekly issue's breakdown by repository.
    activeRepos: measures.repos
      .filter((repo) => repo.commits.length + repo.merges.length > 0)
      .map((repo) => repo.repo),
    djangoProjects: repos.filter(isDjangoProject).map((repo) => repo.repo),
    code: codeEvidence(repos),
  };
}
