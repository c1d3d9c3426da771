import type { ProbotOctokit } from "probot";
import type { CheckpointConfig } from "../config/schema.js";
import { listComments, updateComment } from "../github/comments.js";
import { comment } from "../github/issues.js";
import {
  REVIEW_SUMMARY_KIND,
  checklistAcknowledgement,
  readChecklist,
  type ReviewKind,
} from "../templates/review/index.js";
import { loadExpectations } from "./expectations.js";
import type { Home } from "./reconcile-learner.js";

/**
 * The learner ticked (or unticked) goals in a review's checklist: one summary comment on
 * the review acknowledges what is ticked now, edited rather than repeated, and left alone
 * when it already says exactly that.
 */
export async function acknowledgeReview(params: {
  octokit: ProbotOctokit;
  home: Home;
  config: CheckpointConfig;
  issue: { number: number; body: string };
  review: ReviewKind;
  week: number;
}): Promise<string> {
  const { octokit, home, config, issue } = params;
  const { document } = await loadExpectations({ octokit, home, config });
  if (!document) return "no expectation document to name the goals";
  const body = checklistAcknowledgement({
    review: params.review,
    week: params.week,
    document,
    ticks: readChecklist(issue.body),
  });
  const ref = { owner: home.owner, repo: home.repo, issue_number: issue.number };
  const existing = (await listComments(octokit, ref)).find(
    (entry) => entry.marker?.kind === REVIEW_SUMMARY_KIND,
  );
  if (existing?.body === body) return "acknowledgement already up to date";
  if (existing) {
    await updateComment(octokit, {
      owner: home.owner,
      repo: home.repo,
      comment_id: existing.id,
      body,
    });
    return "acknowledgement updated";
  }
  await comment(octokit, { ...ref, body });
  return "acknowledgement posted";
}
