/** The rules a goal can be judged by, with the words the learner reads for each. */

/** Rules Checkpoint judges from the weeks' figures, facts and replies. */
export const MEASURED_RULES = [
  "active-days",
  "commits",
  "tests",
  "readme",
  "deploy",
  "live",
  "projects",
  "orm",
  "database",
  "auth",
  "crud",
  "http",
  "middleware",
  "ci",
  "updates",
  "revisit",
] as const;

export type MeasuredRuleId = (typeof MEASURED_RULES)[number];

/** The rule of a goal only the learner can judge: it goes to the review's checklist. */
export const SELF_ASSESSED = "self-assessed";

export type RuleId = MeasuredRuleId | typeof SELF_ASSESSED;

/** How many projects a "build projects" goal aims for when its words name no number. */
export const DEFAULT_PROJECTS_TARGET = 2;

const DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  "active-days": "active days per week",
  commits: "commits per week, and commit messages that say what changed",
  tests: "test files and new test cases per week",
  readme: "README says how to set up, run and test",
  deploy: "deployment files (Procfile, Dockerfile, render.yaml…) in your repositories",
  live: "a project running on a live server: a deploy workflow, or its live address in your README",
  projects: "Django projects with commits in at least 2 weeks",
  orm: "models and migrations changed",
  database: "database settings and drivers added (DATABASES, psycopg, mysqlclient, sqlite3…)",
  auth: "login, registration and permission code added",
  crud: "create, update and delete views and forms added",
  http: "URL routes, API views and serializers added",
  middleware: "middleware written or configured",
  ci: "CI workflows in your repositories",
  updates: "weekly updates posted",
  revisit: "the mid-course review answered",
  [SELF_ASSESSED]: "only you can judge this one",
};

/** A rule as applied to one goal: what judges it, and why this rule was chosen. */
export interface AppliedRule {
  id: RuleId;
  /** The rule in a few words, e.g. "active days per week". */
  description: string;
  /**
   * Why the goal has this rule: `keyword “daily”`, `section title keyword “Testing”`,
   * `config override`, or `no rule matched: self-assessed`.
   */
  matchedBy: string;
  /** For "projects": how many projects the goal aims for. */
  target?: number;
}

/** Every rule one goal is judged by, in the order its words name them; never empty. */
export interface GoalRule {
  goalId: string;
  /** The goal's text, which sets a "projects" rule's target. */
  goalText: string;
  rules: AppliedRule[];
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};
const FIRST_NUMBER = /\b(\d+|one|two|three|four|five)\b/i;

/** The first number a goal names ("at least 2–3 projects" → 2), else the default. */
function projectsTarget(goalText: string): number {
  const word = FIRST_NUMBER.exec(goalText)?.[1]?.toLowerCase();
  const value = word === undefined ? undefined : (NUMBER_WORDS[word] ?? Number(word));
  return value !== undefined && value >= 1 ? value : DEFAULT_PROJECTS_TARGET;
}

/** A rule applied to a goal, with its description and, for "projects", its target. */
export function appliedRule(id: RuleId, matchedBy: string, goalText: string): AppliedRule {
  if (id !== "projects") return { id, description: DESCRIPTIONS[id], matchedBy };
  const target = projectsTarget(goalText);
  return { id, description: `${DESCRIPTIONS[id]} (aim: ${target})`, matchedBy, target };
}

/** Whether a rule is measured rather than self-assessed. */
export function isMeasured(rule: AppliedRule): rule is AppliedRule & { id: MeasuredRuleId } {
  return rule.id !== SELF_ASSESSED;
}
