import { courseNames, greetingName } from "../domain/expectations/metadata.js";
import { figuresFromMarker } from "../domain/figures.js";
import { goalFactsFromMarker } from "../domain/goals/facts.js";
import { goalRulesOf } from "../domain/goals/classify.js";
import type { WeekRecord } from "../domain/goals/judging.js";
import { isKind, type CarriedWeek, type ReviewKind } from "../domain/marker.js";
import { weeklyIssues } from "../domain/schedule/plan.js";
import { readLedger, type LedgerIssue } from "../ledger/read.js";
import { ensureIssue } from "../ledger/write.js";
import { reviewIssue } from "../templates/review/review-issue.js";
import type { RecordedSteps } from "../templates/review/next-steps.js";
import { learnerLogin, weekFactsOf, type LearnerPass } from "./learner-pass.js";

/**
 * Every week so far: its figures and goal facts from its own marker, and what it settled
 * (update, next steps) as the week after it carried forward, or, for the latest weeks
 * that nothing follows yet, from its comments.
 */
async function weekHistory(
  pass: LearnerPass,
): Promise<{ history: WeekRecord[]; nextSteps: RecordedSteps[] }> {
  const weekly = weeklyIssues(pass.ledger.issues).sort((a, b) => a.marker.week - b.marker.week);
  const carried = new Map<number, CarriedWeek>();
  for (const issue of weekly) {
    if (issue.marker.lastWeek) carried.set(issue.marker.lastWeek.week, issue.marker.lastWeek);
  }
  const history: WeekRecord[] = [];
  const nextSteps: RecordedSteps[] = [];
  for (const issue of weekly) {
    const week = issue.marker.week;
    const settled = carried.get(week) ?? (await weekFactsOf(pass, issue));
    const figures = figuresFromMarker(issue.marker.figures);
    if (figures) {
      const facts = goalFactsFromMarker(issue.marker.facts);
      history.push({ week, figures, ...(facts ? { facts } : {}), updatePosted: settled.update });
    }
    if (settled.nextSteps.length > 0) nextSteps.push({ week, steps: settled.nextSteps });
  }
  return { history, nextSteps };
}

/**
 * Opens the mid-course or final review: every goal of the learner's document against the
 * evidence of every week so far. The ledger is read afresh, so the week opened in this
 * same pass is included.
 */
export async function openReview(
  pass: LearnerPass & { review: ReviewKind; week: number },
): Promise<string> {
  const { octokit, home, config, review, week } = pass;
  const { document, problem, url } = await pass.expectations();
  if (!document || problem) return `no ${review} review: ${problem ?? "no expectation document"}`;
  const ledger = await readLedger({ octokit, ref: pass.ledger.ref, bot: pass.ledger.bot });
  const fresh = { ...pass, ledger };
  const { history, nextSteps } = await weekHistory(fresh);
  const updated = new Set(
    history.filter((record) => record.updatePosted).map((record) => record.week),
  );
  // A step is followed up when the week after it brought an update.
  const stepsFollowedUp = nextSteps
    .filter((recorded) => updated.has(recorded.week + 1))
    .reduce((sum, recorded) => sum + recorded.steps.length, 0);
  const midCourse = ledger.issues.find(
    (issue: LedgerIssue) => isKind(issue.marker, "review") && issue.marker.review === "mid-course",
  );
  const { title, body } = reviewIssue({
    kind: review,
    week,
    learnerName: greetingName(config.learner.name, document, learnerLogin(config, home)),
    course: courseNames(config.course, document),
    document,
    rules: goalRulesOf(document, config.goals),
    history,
    context: { targets: config.targets, reviewAnswered: (midCourse?.comments ?? 0) > 0 },
    nextSteps,
    stepsFollowedUp,
    documentUrl: url,
  });
  if (pass.dryRun) return `would open "${title}"`;
  const { number, created } = await ensureIssue({
    ...fresh,
    matches: (marker) => isKind(marker, "review") && marker.review === review,
    title,
    body,
  });
  return created ? `opened #${number} "${title}"` : `found #${number} already open`;
}
