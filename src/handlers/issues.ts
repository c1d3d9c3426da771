import type { Context } from "probot";
import { discoverConfig } from "../config/load.js";
import { readMarker } from "../domain/marker.js";
import { REVIEW_KIND } from "../domain/schedule/plan.js";
import { acknowledgeReview } from "../jobs/acknowledge-review.js";
import { readChecklist, REVIEW_KINDS, type ReviewKind } from "../templates/review/index.js";

/**
 * A person edited one of Checkpoint's review issues: when the checklist of goals only they
 * can judge changed, the review's summary comment says what is ticked now.
 */
export async function onIssueEdited(context: Context<"issues.edited">): Promise<void> {
  const { issue, changes, sender, repository } = context.payload;
  if (sender.type === "Bot" || issue.user?.type !== "Bot" || !changes.body) return;
  const marker = readMarker(issue.body);
  const review = marker?.["review"];
  if (marker?.kind !== REVIEW_KIND || !REVIEW_KINDS.includes(review as ReviewKind)) return;
  const before = JSON.stringify(readChecklist(changes.body.from));
  if (before === JSON.stringify(readChecklist(issue.body ?? ""))) return;

  const ref = context.repo();
  const loaded = await discoverConfig({ octokit: context.octokit, ...ref });
  if (!loaded.ok) return;
  const result = await acknowledgeReview({
    octokit: context.octokit,
    home: {
      ...ref,
      defaultBranch: repository.default_branch,
      serverUrl: new URL(repository.html_url).origin,
    },
    config: loaded.config,
    issue: { number: issue.number, body: issue.body ?? "" },
    review: review as ReviewKind,
    week: marker.week ?? 0,
  });
  context.log.info({ issue: issue.number, result }, "review checklist");
}
