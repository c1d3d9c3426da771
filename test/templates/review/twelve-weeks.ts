import { readFileSync } from "node:fs";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import { goalRulesOf } from "../../../src/domain/goals/classify.js";
import type { GoalFacts } from "../../../src/domain/goals/facts.js";
import type { JudgeContext, WeekRecord } from "../../../src/domain/goals/judging.js";
import type { ReviewView } from "../../../src/templates/review/review-issue.js";
import { files, quietFacts, record } from "../../domain/goals/records.js";

/**
 * Twelve weeks of a Django learner, as the mid-course review (week 13) reads them back.
 * Weeks 1–2 predate goal facts. Targets: 7 commits, 4 active days, 1 test file.
 *
 * | wk | commits | days | tests | cases | docs | update | facts beyond the quiet ones                         |
 * |  1 |       3 |    2 |     0 |     0 |    1 | yes    | (none: predates facts)                             |
 * |  2 |       8 |    4 |     1 |     2 |    0 | yes    | (none: predates facts)                             |
 * |  3 |      10 |    5 |     2 |     3 |    0 | yes    | 1 model, 1 migration; blog active, Django; 1 vague  |
 * |  4 |       7 |    4 |     0 |     0 |    1 | no     | blog active; 2 vague                                |
 * |  5 |       0 |    0 |     0 |     0 |    0 | no     | —                                                   |
 * |  6 |      12 |    6 |     3 |     5 |    2 | yes    | 2 models, 1 migration; http blog/urls.py; auth      |
 * |    |         |      |       |       |      |        | accounts/views.py; blog, tasks active and Django    |
 * |  7 |       6 |    3 |     1 |     1 |    0 | yes    | crud tasks/views.py; tasks active                   |
 * |  8 |       9 |    5 |     0 |     0 |    0 | yes    | database config/settings.py; tasks active; 1 vague  |
 * |  9 |       4 |    2 |     1 |     2 |    1 | no     | deployment changed 1, at HEAD 1; blog active        |
 * | 10 |      11 |    6 |     2 |     4 |    0 | yes    | auth accounts/forms.py; http tasks/urls.py; blog,   |
 * |    |         |      |       |       |      |        | tasks active; deployment at HEAD 1                  |
 * | 11 |       7 |    4 |     0 |     0 |    0 | yes    | tasks active; deployment at HEAD 1                  |
 * | 12 |       5 |    3 |     1 |     1 |    2 | no     | README: setup and run, no test; blog active;        |
 * |    |         |      |       |       |      |        | deployment at HEAD 1                                |
 */
const BLOG = "ada/blog";
const TASKS = "ada/tasks";
const code = (fields: Partial<GoalFacts["code"]>) => ({ code: { ...quietFacts.code, ...fields } });
const deployed = { deployment: { changed: 0, atHead: 1 } };

const row = (
  week: number,
  [commits, activeDays, testFiles, newTestCases, docsChanges]: number[],
  updatePosted: boolean,
  facts: Partial<GoalFacts> | null,
): WeekRecord =>
  record(week, { commits, activeDays, testFiles, newTestCases, docsChanges }, facts, updatePosted);

export const twelveWeeks: WeekRecord[] = [
  row(1, [3, 2, 0, 0, 1], true, null),
  row(2, [8, 4, 1, 2, 0], true, null),
  row(3, [10, 5, 2, 3, 0], true, {
    models: 1,
    migrations: 1,
    activeRepos: [BLOG],
    djangoProjects: [BLOG],
    vagueMessages: 1,
  }),
  row(4, [7, 4, 0, 0, 1], false, { activeRepos: [BLOG], vagueMessages: 2 }),
  row(5, [0, 0, 0, 0, 0], false, {}),
  row(6, [12, 6, 3, 5, 2], true, {
    models: 2,
    migrations: 1,
    ...code({ http: files("blog/urls.py"), auth: files("accounts/views.py") }),
    activeRepos: [BLOG, TASKS],
    djangoProjects: [BLOG, TASKS],
  }),
  row(7, [6, 3, 1, 1, 0], true, {
    ...code({ crud: files("tasks/views.py") }),
    activeRepos: [TASKS],
  }),
  row(8, [9, 5, 0, 0, 0], true, {
    ...code({ database: files("config/settings.py") }),
    activeRepos: [TASKS],
    vagueMessages: 1,
  }),
  row(9, [4, 2, 1, 2, 1], false, { deployment: { changed: 1, atHead: 1 }, activeRepos: [BLOG] }),
  row(10, [11, 6, 2, 4, 0], true, {
    ...code({ auth: files("accounts/forms.py"), http: files("tasks/urls.py") }),
    activeRepos: [BLOG, TASKS],
    ...deployed,
  }),
  row(11, [7, 4, 0, 0, 0], true, { activeRepos: [TASKS], ...deployed }),
  row(12, [5, 3, 1, 1, 2], false, {
    readme: { setup: true, run: true, test: false },
    activeRepos: [BLOG],
    ...deployed,
  }),
];

const document = parseExpectations(
  readFileSync(new URL("../../fixtures/EXPECTATIONS.md", import.meta.url), "utf8"),
);
const context: JudgeContext = {
  targets: { commits: 7, active_days: 4, test_files: 1 },
  reviewAnswered: false,
};
export const DOC_URL = "https://github.com/cosmas/checkpoint-home/blob/main/EXPECTATIONS.md";

/** The mid-course review of the reference document over the twelve weeks. */
export const midCourse: ReviewView = {
  kind: "mid-course",
  week: 13,
  learnerName: "Cosmas",
  document,
  rules: goalRulesOf(document),
  // given out of order: the review sorts by week
  history: [...twelveWeeks].reverse(),
  context,
  nextSteps: [
    { week: 6, steps: ["Write view tests", "Deploy to Render"] },
    { week: 1, steps: ["Set up the blog project", "Read the Django tutorial"] },
    { week: 2, steps: ["Add a Post model"] },
    { week: 9, steps: [] },
  ],
  stepsFollowedUp: 3,
  documentUrl: DOC_URL,
};
