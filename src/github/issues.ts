import type { ProbotOctokit } from "probot";

/** The label on everything Checkpoint opens, restored when a learner removes it. */
export const CHECKPOINT_LABEL = {
  name: "checkpoint",
  color: "0E8A16",
  description: "Opened by Checkpoint, your learning accountability app",
};

// A type alias, not an interface, so it fits Octokit's indexed parameter types.
export type RepoRef = { owner: string; repo: string };

/** An issue as GitHub lists it, in the few fields Checkpoint reads. */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  url: string;
  state: "open" | "closed";
  stateReason: string | null;
  comments: number;
  /** A locked conversation refuses comments. */
  locked: boolean;
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

type ListedIssue = Awaited<
  ReturnType<ProbotOctokit["rest"]["issues"]["listForRepo"]>
>["data"][number];

function issueRecord(issue: ListedIssue): IssueRecord {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    url: issue.html_url,
    state: issue.state === "open" ? "open" : "closed",
    stateReason: issue.state_reason ?? null,
    comments: issue.comments,
    locked: issue.locked === true,
    labels: issue.labels.map((label) => (typeof label === "string" ? label : (label.name ?? ""))),
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
  };
}

/**
 * Every issue `creator` opened in a repository, open and closed, pull requests left out.
 * By author, not by label: a learner may remove the label. One request per hundred issues.
 */
export async function listIssuesBy(
  octokit: ProbotOctokit,
  params: RepoRef & { creator: string },
): Promise<IssueRecord[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...params,
    state: "all",
    per_page: 100,
  });
  return issues.filter((issue) => !issue.pull_request).map(issueRecord);
}

/** Creates the label once; a label that already exists is left as the learner styled it. */
export async function ensureLabel(octokit: ProbotOctokit, ref: RepoRef): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({ ...ref, ...CHECKPOINT_LABEL });
  } catch (error) {
    // 422: already exists.
    if (statusOf(error) !== 422) throw error;
  }
}

/** Puts the label back on an issue (adding a label it has is harmless). */
export async function addLabel(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number },
): Promise<void> {
  await octokit.rest.issues.addLabels({ ...params, labels: [CHECKPOINT_LABEL.name] });
}

export async function openIssue(
  octokit: ProbotOctokit,
  params: RepoRef & { title: string; body: string },
): Promise<{ number: number; url: string }> {
  const { data } = await octokit.rest.issues.create({
    ...params,
    labels: [CHECKPOINT_LABEL.name],
  });
  return { number: data.number, url: data.html_url };
}

/** Closes an issue; answers how many comments it has now, which tells of a concurrent writer. */
export async function closeIssue(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; reason: "completed" | "not_planned" },
): Promise<{ comments: number }> {
  const { reason, ...rest } = params;
  const { data } = await octokit.rest.issues.update({
    ...rest,
    state: "closed",
    state_reason: reason,
  });
  return { comments: data.comments };
}

export async function updateIssueBody(
  octokit: ProbotOctokit,
  params: RepoRef & { issue_number: number; body: string },
): Promise<void> {
  await octokit.rest.issues.update(params);
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
