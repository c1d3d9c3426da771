import type { RepoSnapshot } from "../activity.js";
import { filesChanged, type RepoFileChange } from "./changes.js";
import { isDeployFile, isMigration, isModels, isWorkflow } from "./classify-paths.js";
import type { FileEvidence, HeadFileEvidence } from "./evidence.js";

/** Django data-layer work in the week's net changes. */
export interface DataMeasures {
  /** Migrations (`NNNN_*.py` in an app's `migrations/` folder) added, edited or renamed. */
  migrations: FileEvidence[];
  /** `models.py` modules and files of a `models/` package added, edited or renamed. */
  models: FileEvidence[];
}

/** Continuous integration and deployment work in the week's net changes. */
export interface DeliveryMeasures {
  /** CI workflows of any provider (see isWorkflow) added, edited or renamed. */
  workflows: FileEvidence[];
  /** Deployment files (see `isDeployFile`) added, edited or renamed; deploy workflows are in both lists. */
  deployment: FileEvidence[];
}

/** CI and deployment files present at the head of the default branch. */
export interface DeliveryAtHead {
  workflows: HeadFileEvidence[];
  deployment: HeadFileEvidence[];
}

/** Migrations and models touched this week. */
export function measureData(changes: readonly RepoFileChange[]): DataMeasures {
  return {
    migrations: filesChanged(changes, isMigration),
    models: filesChanged(changes, isModels),
  };
}

/** CI workflows and deployment files changed this week. */
export function measureDelivery(changes: readonly RepoFileChange[]): DeliveryMeasures {
  return {
    workflows: filesChanged(changes, isWorkflow),
    deployment: filesChanged(changes, isDeployFile),
  };
}

/** CI workflows and deployment files among a repository's paths at HEAD. */
export function deliveryAtHead(repo: string, head: RepoSnapshot): DeliveryAtHead {
  const present = (matches: (path: string) => boolean): HeadFileEvidence[] =>
    head.paths.filter(matches).map((path) => ({ kind: "head-file", repo, path }));
  return { workflows: present(isWorkflow), deployment: present(isDeployFile) };
}
