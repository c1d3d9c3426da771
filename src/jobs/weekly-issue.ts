import { figuresFromMarker, figuresOf } from "../domain/figures.js";
import { goalFactsOf } from "../domain/goals/facts-of.js";
import { isKind } from "../domain/marker.js";
import { VAGUE_MESSAGE_RULE } from "../domain/measures/commit-messages.js";
import type { WeeklyIssue } from "../domain/schedule/plan.js";
import { carryForward } from "../domain/schedule/week-facts.js";
import type { WeekWindow } from "../domain/week/window.js";
import { wholeDaysBetween } from "../domain/week/time.js";
import type { LedgerIssue } from "../ledger/read.js";
import { commentAndClose, ensureComment, ensureIssue } from "../ledger/write.js";
import { reminderComment } from "../templates/replies/reminder.js";
import { weekSummaryComment } from "../templates/weekly/week-summary.js";
import { weeklyIssue } from "../templates/weekly/weekly-issue.js";
import { goalsOfTheWeek } from "./goals-of-the-week.js";
import { learnerLogin, updatesBeforeWeek, weekFactsOf, type LearnerPass } from "./learner-pass.js";
import { courseNames, greetingName } from "../domain/expectations/metadata.js";
import { measureLearnerWeek } from "./measure-learner.js";

type Week = WeeklyIssue<LedgerIssue>;

/**
 * Measures the week in every tracked repository and opens its issue, comparing with last
 * week's remembered figures and quoting last week's next steps. What the week before had
 * settled (its update, excuse, next steps, weeks in a row) is carried forward in the new
 * issue's marker. Any repository that cannot be measured fails the whole week: a partial
 * figure is never posted.
 */
export async function openWeek(
  pass: LearnerPass & { window: WeekWindow; previous?: Week | undefined },
): Promise<string> {
  const { octokit, log, home, config, window, previous } = pass;
  const ref = { owner: home.owner, repo: home.repo };
  const { activity, measures } = await measureLearnerWeek({
    ...pass,
    home: ref,
    visible: await pass.visible(),
  });
  const facts = goalFactsOf(activity, measures);
  const record = { week: window.number, figures: figuresOf(measures), facts, updatePosted: false };
  const settled = previous ? await weekFactsOf(pass, previous) : undefined;
  const lastWeek =
    previous && settled
      ? carryForward(previous.marker, settled, updatesBeforeWeek(pass, previous))
      : undefined;
  // Only the week just before is "last week"; after a pause the gap stands between them.
  const adjacent = previous?.marker.week === window.number - 1;
  const expectations = await pass.expectations();
  const { title, body } = weeklyIssue({
    learnerName: greetingName(
      config.learner.name,
      expectations.document,
      learnerLogin(config, home),
    ),
    course: courseNames(config.course, expectations.document),
    window,
    measures,
    targets: config.targets,
    previous: adjacent ? figuresFromMarker(previous.marker.figures) : undefined,
    plannedLastWeek: adjacent ? (lastWeek?.nextSteps ?? []) : [],
    messageRule: VAGUE_MESSAGE_RULE,
    goals: goalsOfTheWeek(expectations, config, record),
    facts,
    ...(lastWeek ? { lastWeek } : {}),
  });
  if (pass.dryRun) return `would open "${title}"`;
  const { number, created } = await ensureIssue({
    octokit,
    log,
    ledger: pass.ledger,
    matches: (marker) => isKind(marker, "weekly") && marker.week === window.number,
    title,
    body,
  });
  return created ? `opened #${number} "${title}"` : `found #${number} already open`;
}

/**
 * Closes a past week with its checkpoint summary: "completed" when the learner replied,
 * "not_planned" when not. A locked issue, which takes no comment, is closed all the same,
 * and says so once in the run's outcome (it is closed, so it never comes up again).
 */
export async function closeWeek(pass: LearnerPass & { issue: Week }): Promise<string> {
  const { log, issue } = pass;
  const week = issue.marker.week;
  const facts = await weekFactsOf(pass, issue);
  const figures = figuresFromMarker(issue.marker.figures);
  const outcome = facts.update ? "with" : "without";
  if (pass.dryRun) return `would close #${issue.number} (week ${week})`;
  const summary = figures
    ? weekSummaryComment({
        week,
        figures,
        updatePosted: facts.update,
        updateWeeksInARow: facts.update ? updatesBeforeWeek(pass, issue) + 1 : 0,
      })
    : undefined;
  const { commented } = await commentAndClose({
    ...pass,
    issue,
    matches: (marker) => isKind(marker, "week-summary") && marker.week === week,
    body: summary,
    reason: facts.update ? "completed" : "not_planned",
  });
  const done = `closed #${issue.number} (week ${week}, ${outcome} an update)`;
  if (summary && !commented) {
    log.warn(
      { issue: issue.number },
      "week closed without its summary: GitHub refused the comment",
    );
    return `${done}, without its summary: the issue is locked or refuses comments`;
  }
  return done;
}

/** One short reminder on a week nobody has answered yet; the comment itself marks it sent. */
export async function remindWeek(
  pass: LearnerPass & { issue: Week; window: WeekWindow },
): Promise<string> {
  const { home, config, issue, window } = pass;
  if (pass.dryRun) return `would remind on #${issue.number} (week ${window.number})`;
  const body = reminderComment({
    login: learnerLogin(config, home),
    name: config.learner.name ?? issue.marker.greeting,
    week: window.number,
    weekLabel: window.label,
    daysSincePosted: wholeDaysBetween(window.postAt, pass.now),
  });
  const { result } = await ensureComment({
    ...pass,
    issue: issue.number,
    matches: (marker) => isKind(marker, "reminder") && marker.week === window.number,
    body,
  });
  if (result === "refused")
    return `could not remind on #${issue.number}: GitHub refused the comment`;
  return `reminded on #${issue.number} (week ${window.number})`;
}
