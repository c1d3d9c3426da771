/** Every kind of text Checkpoint posts, rendered from realistic fixtures (see `npm run render`). */
import type { RepoActivity } from "../../src/domain/activity.js";
import { figuresOf } from "../../src/domain/figures.js";
import { goalFactsOf } from "../../src/domain/goals/facts-of.js";
import { goalsTouched } from "../../src/domain/goals/touched.js";
import { VAGUE_MESSAGE_RULE } from "../../src/domain/measures/commit-messages.js";
import { mergeReplies } from "../../src/domain/replies/merge-replies.js";
import { parseReply } from "../../src/domain/replies/parse-reply.js";
import { parseConfigText } from "../../src/config/parse.js";
import type { ConfigProblem } from "../../src/config/problems.js";
import { configReference } from "../../src/config/reference.js";
import { configProblemsIssue } from "../../src/templates/config-problems.js";
import { helpComment } from "../../src/templates/replies/help.js";
import { pausedIssue } from "../../src/templates/replies/paused-issue.js";
import { reminderComment } from "../../src/templates/replies/reminder.js";
import { replySummaryComment } from "../../src/templates/replies/reply-summary.js";
import { statusComment } from "../../src/templates/replies/status.js";
import { goalsTouchedSection } from "../../src/templates/review/goals-touched.js";
import { reviewIssue } from "../../src/templates/review/review-issue.js";
import { weekSummaryComment } from "../../src/templates/weekly/week-summary.js";
import { weeklyIssue, type WeeklyIssueView } from "../../src/templates/weekly/weekly-issue.js";
import { welcomeIssue } from "../../src/templates/welcome.js";
import { midCourse } from "../templates/review/twelve-weeks.js";
import {
  blogApi,
  measure,
  notes,
  targets,
  taskManager,
  window,
  LAST_WEEK,
} from "../templates/weekly/week-fixture.js";

export interface Text {
  title?: string;
  body: string;
}

const { document, rules } = midCourse;

/** Ada's week 8 over `repos`, with the goals it touched in the reference document and last week's plan. */
function weeklyText(repos: RepoActivity[], view: Partial<WeeklyIssueView> = {}): Text {
  const measures = measure(repos);
  const record = {
    week: window.number,
    figures: figuresOf(measures),
    facts: goalFactsOf(repos, measures),
    updatePosted: false,
  };
  const goals = goalsTouchedSection(goalsTouched(document, rules, record));
  return weeklyIssue({
    learnerName: "Ada",
    course: { name: "Backend Engineering with Django", cohort: "Cohort 3" },
    window,
    measures,
    targets,
    previous: LAST_WEEK,
    plannedLastWeek: ["Write tests for the Post model", "Add the comments API"],
    messageRule: VAGUE_MESSAGE_RULE,
    goals: goals === "" ? [] : goals.split("\n"),
    ...view,
  });
}

const REPLY = `### Summary
Finished the comments API and wrote the first model tests.

### Code
https://github.com/ada/blog-api/commit/5555555fffffffffffffffffffffffffffffffff

### Challenges
Serializers for nested comments.

### Next steps
- Paginate the comments
- Deploy to Render`;

const reply = mergeReplies([parseReply(REPLY, { owner: "ada", repo: "blog-api" })]);
const WEEK_8 = figuresOf(measure([blogApi(), taskManager()]));
const nextIssue = {
  label: "Week 9 · Nov 24 – Nov 30, 2025",
  due: "Monday, Dec 1, 2025 at 09:00 (Africa/Lagos)",
};

function problemsOf(text: string): ConfigProblem[] {
  const result = parseConfigText(text);
  return result.ok ? [] : result.problems;
}

export const TEXTS: Record<string, Text> = {
  welcome: welcomeIssue({
    owner: "ada",
    repo: "checkpoint-home",
    defaultBranch: "main",
    serverUrl: "https://github.com",
    login: "ada",
  }),
  "weekly-one-repository": weeklyText([blogApi()]),
  "weekly-three-repositories": weeklyText([blogApi(), taskManager(), notes()]),
  "weekly-quiet": weeklyText([notes()]),
  "reply-summary": {
    body: replySummaryComment({
      learnerName: "Ada",
      week: 8,
      weekLabel: window.label,
      reply,
      figures: WEEK_8,
      updateWeeksInARow: 3,
    }),
  },
  reminder: {
    body: reminderComment({ login: "ada", week: 8, weekLabel: window.label, daysSincePosted: 3 }),
  },
  "closing-summary": {
    body: weekSummaryComment({
      week: 8,
      figures: WEEK_8,
      updatePosted: true,
      updateWeeksInARow: 3,
    }),
  },
  "config-problems": configProblemsIssue({
    problems: problemsOf("targets:\n  commits: 24.5\nlerner:\n  name: Ada\n"),
    fileUrl: "https://github.com/ada/checkpoint-home/blob/main/.github/checkpoint.yml",
    reference: configReference(),
  }),
  review: reviewIssue({
    ...midCourse,
    course: { name: "Univelcity, Backend with Python & Django", cohort: "Foxtrot Cohort" },
  }),
  status: {
    body: statusComment(1, {
      progress: { week: 9, weekLabel: "Nov 24 – Nov 30, 2025", soFar: LAST_WEEK, nextIssue },
      lastRun: "2025-11-24T08:00:00Z",
      timezone: "Africa/Lagos",
      paused: false,
      problems: [],
    }),
  },
  help: { body: helpComment(1) },
  paused: pausedIssue({
    login: "ada",
    reason: "exams",
    since: "2025-11-26T10:30:00Z",
    timezone: "Africa/Lagos",
  }),
};
