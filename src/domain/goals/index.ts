/** Goals: what a week shows for each goal of the expectation document, and how each is judged. */
export {
  DEFAULT_PROJECTS_TARGET,
  MEASURED_RULES,
  SELF_ASSESSED,
  appliedRule,
  isMeasured,
  type AppliedRule,
  type GoalRule,
  type MeasuredRuleId,
  type RuleId,
} from "./catalogue.js";
export { GOAL_PATTERNS, classifyGoal, goalRulesOf } from "./classify.js";
export { CODE_EVIDENCE } from "./code-evidence.js";
export { isDjangoProject } from "./django.js";
export {
  EXAMPLE_PATHS,
  goalFactsFromMarker,
  goalFactsSchema,
  type CodeEvidence,
  type CodeEvidenceKind,
  type GoalFacts,
} from "./facts.js";
export { goalFactsOf } from "./facts-of.js";
export { judgeGoal, type GoalJudgement } from "./judge.js";
export {
  GOAL_STATUSES,
  HABIT_SHARE,
  SKILL_WEEKS,
  weekList,
  type GoalStatus,
  type JudgeContext,
  type WeekRecord,
} from "./judging.js";
export {
  applyGoalOverrides,
  goalsConfigSchema,
  unknownGoalIds,
  type GoalsConfig,
} from "./overrides.js";
export { VAGUE_SHARE } from "./rules/habits.js";
export { SUSTAINED_WEEKS } from "./rules/projects.js";
export { goalsTouched, type TouchedGoal } from "./touched.js";
