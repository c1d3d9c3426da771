import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import { CONFIG_PATH, type LoadedConfig } from "../config/load.js";
import { formatProblem } from "../config/problems.js";
import {
  closeIssue,
  comment,
  updateIssueBody,
  type OwnIssue,
  type RepoRef,
} from "../github/issues.js";
import {
  CONFIG_FIXED_COMMENT,
  CONFIG_PROBLEMS_KIND,
  configProblemsIssue,
} from "../templates/config-problems.js";
import { ensureIssue } from "./ensure-issue.js";

export interface ReportConfigParams {
  octokit: ProbotOctokit;
  log: Logger;
  ref: RepoRef;
  /** The home repository's default branch, for the link to the file. */
  branch: string;
  serverUrl: string;
  loaded: LoadedConfig;
  /** Checkpoint's issues in the home repository, already listed by the caller. */
  issues: OwnIssue[];
}

export type ConfigReport = "valid" | "fixed" | "reported" | "unchanged" | "missing";

/**
 * Tells the learner, in one issue in their home repository, what is wrong with their
 * config; updates it when the problems change and closes it once the file reads cleanly.
 */
export async function reportConfig(params: ReportConfigParams): Promise<ConfigReport> {
  const { octokit, log, ref, loaded, issues } = params;
  if (!loaded.ok && "missing" in loaded) return "missing";
  const open = issues.find(
    (issue) => issue.state === "open" && issue.marker.kind === CONFIG_PROBLEMS_KIND,
  );

  if (loaded.ok) {
    if (!open) return "valid";
    await comment(octokit, { ...ref, issue_number: open.number, body: CONFIG_FIXED_COMMENT });
    await closeIssue(octokit, { ...ref, issue_number: open.number, reason: "completed" });
    return "fixed";
  }

  const problems = loaded.problems.map(formatProblem);
  const fileUrl = `${params.serverUrl}/${ref.owner}/${ref.repo}/blob/${params.branch}/${CONFIG_PATH}`;
  const { title, body } = configProblemsIssue({ problems, fileUrl });
  const same = (issue: OwnIssue) =>
    JSON.stringify(issue.marker["problems"]) === JSON.stringify(problems);
  // The learner closed the report of these very problems: they know; don't open it again.
  const latest = issues.find((issue) => issue.marker.kind === CONFIG_PROBLEMS_KIND);
  if (!open && latest && same(latest)) return "unchanged";
  if (open) {
    if (same(open)) return "unchanged";
    await updateIssueBody(octokit, { ...ref, issue_number: open.number, body });
    return "reported";
  }
  await ensureIssue({
    octokit,
    log,
    ref,
    known: issues,
    matches: (marker) => marker.kind === CONFIG_PROBLEMS_KIND,
    title,
    body,
  });
  return "reported";
}
