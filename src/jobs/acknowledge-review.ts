import { isKind, type Marker } from "../domain/marker.js";
import { ownMatching, upsertComment } from "../ledger/write.js";
import { checklistAcknowledgement } from "../templates/review/acknowledgement.js";
import { readChecklist } from "../templates/review/checklist.js";
import type { LearnerPass } from "./learner-pass.js";

/**
 * The learner ticked (or unticked) goals in an open review's checklist: one summary comment
 * on the review acknowledges what is ticked now, edited rather than repeated. Read from the
 * issue as it is on every pass, so an edit whose webhook was lost is acknowledged too; the
 * document is read only when the acknowledgement is out of date.
 */
export async function acknowledgeReviews(pass: LearnerPass): Promise<string | undefined> {
  const done: string[] = [];
  for (const issue of pass.ledger.issues) {
    const marker = issue.marker;
    if (issue.state !== "open" || !isKind(marker, "review")) continue;
    const ticks = readChecklist(issue.body);
    const checked = ticks.filter((tick) => tick.checked).map((tick) => tick.id);
    const matches = (candidate: Marker) =>
      isKind(candidate, "review-summary") && candidate.review === marker.review;
    const comments = issue.comments > 0 ? await pass.ledger.comments(issue.number) : [];
    const existing = ownMatching(comments, matches)[0];
    if (!existing && checked.length === 0) continue;
    const said = isKind(existing?.marker, "review-summary")
      ? (existing.marker.ticked ?? existing.marker.checked)
      : undefined;
    if (JSON.stringify(said) === JSON.stringify(checked)) continue;
    const { document } = await pass.expectations();
    if (!document) continue;
    const body = checklistAcknowledgement({
      review: marker.review,
      week: marker.week,
      document,
      ticks,
    });
    if (pass.dryRun) {
      done.push(`would acknowledge the checklist on #${issue.number}`);
      continue;
    }
    const result = await upsertComment({ ...pass, issue: issue.number, matches, body });
    // "unchanged": a ticked box for a goal no longer in the document, which the text leaves out.
    if (result !== "unchanged") done.push(`checklist acknowledged on #${issue.number} (${result})`);
  }
  return done.length > 0 ? done.join("; ") : undefined;
}
