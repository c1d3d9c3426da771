import type { Logger } from "pino";
import type { ProbotOctokit } from "probot";
import type { LoadedConfig } from "../github/config-file.js";
import { CONFIG_PATH } from "../config/schema.js";
import { problemText } from "../config/problems.js";
import { configReference } from "../config/reference.js";
import { isKind, type IssueMarker } from "../domain/marker.js";
import type { Ledger } from "../ledger/read.js";
import { commentAndClose, ensureIssue, rewriteIssueBody } from "../ledger/write.js";
import { CONFIG_FIXED_COMMENT, configProblemsIssue } from "../templates/config-problems.js";

export interface ReportConfigParams {
  octokit: ProbotOctokit;
  log: Logger;
  ledger: Ledger;
  /** The home repository's default branch, for the link to the file. */
  branch: string;
  serverUrl: string;
  loaded: LoadedConfig;
}

export type ConfigReport = "valid" | "fixed" | "reported" | "unchanged" | "missing";

const isReport = (marker: IssueMarker) => marker.kind === "config-problems";

/**
 * Tells the learner, in one issue in their home repository, what is wrong with their
 * config; updates it when the problems change and closes it once the file reads cleanly.
 * The issue's text is Checkpoint's own and wholly derived from the problems, so rewriting
 * it records no fact: two runs write the same text.
 */
export async function reportConfig(params: ReportConfigParams): Promise<ConfigReport> {
  const { octokit, log, ledger, loaded } = params;
  if (!loaded.ok && "missing" in loaded) return "missing";
  const open = ledger.issues.find((issue) => issue.state === "open" && isReport(issue.marker));

  if (loaded.ok) {
    if (!open) return "valid";
    await commentAndClose({
      octokit,
      log,
      ledger,
      issue: open,
      matches: (marker) => marker.kind === "config-fixed",
      body: CONFIG_FIXED_COMMENT,
      reason: "completed",
    });
    return "fixed";
  }

  const problems = loaded.problems.map(problemText);
  const { ref } = ledger;
  const fileUrl = `${params.serverUrl}/${ref.owner}/${ref.repo}/blob/${params.branch}/${CONFIG_PATH}`;
  const { title, body } = configProblemsIssue({
    problems: loaded.problems,
    fileUrl,
    reference: configReference(),
  });
  const same = (marker: IssueMarker) =>
    isKind(marker, "config-problems") &&
    JSON.stringify(marker.problems) === JSON.stringify(problems);
  // The learner closed the report of these very problems: they know; don't open it again.
  const latest = ledger.issues.find((issue) => isReport(issue.marker));
  if (!open && latest && same(latest.marker)) return "unchanged";
  if (open) {
    if (same(open.marker)) return "unchanged";
    await rewriteIssueBody({ octokit, log, ledger, issue: open.number, body });
    return "reported";
  }
  await ensureIssue({ octokit, log, ledger, matches: isReport, title, body });
  return "reported";
}
