/** Goals: what a week shows for each goal of the expectation document, and how each is judged. */
export { appliedRule, type GoalRule, type MeasuredRuleId, type RuleId } from "./catalogue.js";
export { classifyGoal, goalRulesOf } from "./classify.js";
export { isDjangoProject } from "./django.js";
export { goalFactsFromMarker, type GoalFacts } from "./facts.js";
export { goalFactsOf } from "./facts-of.js";
export { judgeGoal, type GoalJudgement } from "./judge.js";
export {
  HABIT_SHARE,
  SKILL_WEEKS,
  weekList,
  type GoalStatus,
  type JudgeContext,
  type WeekRecord,
} from "./judging.js";
export { applyGoalOverrides, goalsConfigSchema, unknownGoalIds } from "./overrides.js";
export { goalsTouched, type TouchedGoal } from "./touched.js";
