import { figuresFromMarker } from "../domain/figures.js";
import { isKind, type Marker } from "../domain/marker.js";
import { weeklyIssues } from "../domain/schedule/plan.js";
import { weekLabel } from "../domain/week/label.js";
import { ownMatching, deleteOwnComment, upsertComment } from "../ledger/write.js";
import { replySummaryComment } from "../templates/replies/reply-summary.js";
import { learnerLogin, updatesBeforeWeek, weekFactsOf, type LearnerPass } from "./learner-pass.js";

/**
 * Every open weekly issue's replies get ONE checkpoint summary comment, rebuilt from all the
 * replies on the issue as they are now: a second reply or an edit updates it, a deleted
 * reply shrinks it (no reply left: it goes), and a reply that arrived while Checkpoint was
 * down, or whose summary failed to post, is answered by the next pass. A summary that
 * already says the same is left alone, so a redelivery writes nothing.
 */
export async function answerReplies(pass: LearnerPass): Promise<string | undefined> {
  const done: string[] = [];
  const open = weeklyIssues(pass.ledger.issues).filter(
    (issue) => issue.state === "open" && issue.comments > 0,
  );
  for (const issue of open) {
    const week = issue.marker.week;
    const facts = await weekFactsOf(pass, issue);
    const matches = (marker: Marker) => isKind(marker, "reply-summary") && marker.week === week;
    if (facts.replies.length === 0) {
      const stale = ownMatching(await pass.ledger.comments(issue.number), matches);
      if (stale.length === 0) continue;
      if (pass.dryRun) {
        done.push(`would remove the summary on #${issue.number}`);
        continue;
      }
      for (const comment of stale) {
        await deleteOwnComment({ ...pass, issue: issue.number, id: comment.id });
      }
      done.push(`removed the summary on #${issue.number}: no reply is left`);
      continue;
    }
    const window = issue.marker.window;
    const body = replySummaryComment({
      // The week's issue keeps the name it greeted by: no request for the expectation document.
      learnerName:
        pass.config.learner.name ?? issue.marker.greeting ?? learnerLogin(pass.config, pass.home),
      week,
      weekLabel: window ? weekLabel(window.firstDay, window.lastDay) : `week ${week}`,
      reply: facts.reply,
      figures: figuresFromMarker(issue.marker.figures),
      updateWeeksInARow: updatesBeforeWeek(pass, issue) + 1,
      excused: facts.skipped,
    });
    if (pass.dryRun) {
      const current = ownMatching(await pass.ledger.comments(issue.number), matches)[0];
      if (current?.body !== body) done.push(`would answer the replies on #${issue.number}`);
      continue;
    }
    const result = await upsertComment({ ...pass, issue: issue.number, matches, body });
    if (result === "posted") done.push(`summary posted on #${issue.number}`);
    if (result === "updated") done.push(`summary updated on #${issue.number}`);
  }
  return done.length > 0 ? done.join("; ") : undefined;
}
