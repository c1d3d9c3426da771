import type { ExpectationDocument, Goal } from "../expectations/types.js";
import {
  appliedRule,
  SELF_ASSESSED,
  type AppliedRule,
  type GoalRule,
  type MeasuredRuleId,
} from "./catalogue.js";
import { applyGoalOverrides, type GoalsConfig } from "./overrides.js";

/**
 * The words that tie a goal to a measured rule, tried on the goal's plain text. A goal
 * matching several rules gets them all ("HTTP, RESTful routing, middleware, authentication"
 * → http, middleware, auth); a goal matching none is self-assessed.
 */
const GOAL_PATTERNS: readonly { rule: MeasuredRuleId; pattern: RegExp }[] = [
  {
    rule: "active-days",
    pattern: /\bdaily\b|\bevery\s?day\b|\bconsistent schedule\b|\bdays a week\b/i,
  },
  { rule: "commits", pattern: /\bcommit(?:s|ting)?\b|\bversion (?:control|history)\b|\bgit\b/i },
  {
    rule: "tests",
    pattern:
      /\bwrit(?:e|ing)\s+(?:\w+\s+){0,2}tests?\b|\b(?:unit|automated|integration)\s+tests?\b|\btest[- ]driven\b|\bTDD\b|\btest coverage\b/i,
  },
  {
    rule: "readme",
    pattern:
      /\bREADME\b|\bso (?:that )?others can run\b|\bproject structure\b|\bdocument\b(?=[^.]*\bset ?up\b)/i,
  },
  // Deploying to a live server asks for more than deployment files: the "live" rule.
  { rule: "deploy", pattern: /^(?![^]*\b(?:live|production)\b)[^]*?(?:\bdeploy\w*|\bhosting\b)/i },
  {
    rule: "live",
    pattern: /\blive (?:server|site|app|url)\b|\bin production\b|\bgo(?:es|ing)? live\b/i,
  },
  {
    rule: "projects",
    pattern: /(?<=\b(?:\d+|two|three|four|five|several|multiple)\b[^.]*)\bprojects\b/i,
  },
  { rule: "orm", pattern: /\bORM\b|\bmodels\b|\bmigrations?\b/i },
  {
    rule: "database",
    pattern: /\bdatabases?\b|\bPostgre(?:SQL|s)\b|\bMySQL\b|\bSQLite\b|\bdata stores?\b/i,
  },
  {
    rule: "auth",
    pattern:
      /\bauthenticat\w*|\bauthori[sz]\w*|\blog ?in\b|\bsign[- ]?(?:up|in)\b|\bregistration\b|\bpermissions?\b/i,
  },
  { rule: "crud", pattern: /\bCRUD\b/i },
  { rule: "http", pattern: /\bHTTP\b|\bREST(?:ful)?\b|\bAPIs?\b|\brouting\b|\bendpoints?\b/i },
  { rule: "middleware", pattern: /\bmiddleware\b/i },
  { rule: "ci", pattern: /\bCI\b|\bcontinuous integration\b|\bGitHub Actions\b/i },
  {
    rule: "updates",
    pattern: /\bweekly updates?\b|\bpost (?:my |weekly )?updates?\b|\breflect on\b/i,
  },
  {
    rule: "revisit",
    pattern: /\bmid-?course\b|\brevisit (?:this|the|my) (?:expectation )?document\b/i,
  },
];

/**
 * Examples in parentheses name what a goal might look like, not what it is:
 * "(e.g. blog, task manager, API service)" must not make a projects goal an API goal.
 */
const EXAMPLES = /\(\s*(?:e\.\s?g\.|for example|for instance|such as|like)[^)]*\)/gi;

const NO_MATCH = "no rule matched: self-assessed";

interface Match {
  rule: MeasuredRuleId;
  keyword: string;
  index: number;
}

/** Every rule whose words appear in `text`, in the order they appear (first occurrence each). */
function matchesIn(text: string): Match[] {
  return GOAL_PATTERNS.flatMap(({ rule, pattern }) => {
    const found = pattern.exec(text);
    return found ? [{ rule, keyword: found[0], index: found.index }] : [];
  }).sort((a, b) => a.index - b.index);
}

/**
 * The rules a goal is judged by, from its words (`GOAL_PATTERNS`, examples in parentheses
 * left out). When its own words match nothing, its section title's words are tried, so a goal
 * under "## Testing" is judged by tests. With no match at all it is self-assessed, and says so.
 */
export function classifyGoal(goal: Goal, sectionTitle: string): GoalRule {
  const own = matchesIn(goal.text.replace(EXAMPLES, " ")).map((match) =>
    appliedRule(match.rule, `keyword “${match.keyword}”`, goal.text),
  );
  const section = matchesIn(sectionTitle).map((match) =>
    appliedRule(match.rule, `section title keyword “${match.keyword}”`, goal.text),
  );
  const rules: AppliedRule[] = own.length > 0 ? own : section;
  return {
    goalId: goal.id,
    goalText: goal.text,
    rules: rules.length > 0 ? rules : [appliedRule(SELF_ASSESSED, NO_MATCH, goal.text)],
  };
}

/** Every goal of a document with its rules, in document order, the config's overrides applied. */
export function goalRulesOf(
  document: ExpectationDocument,
  overrides: GoalsConfig = {},
): GoalRule[] {
  const rules = document.sections.flatMap((section) =>
    section.goals.map((goal) => classifyGoal(goal, section.title)),
  );
  return applyGoalOverrides(rules, overrides);
}
