import { z } from "zod";
import {
  appliedRule,
  MEASURED_RULES,
  SELF_ASSESSED,
  type GoalRule,
  type RuleId,
} from "./catalogue.js";

const measuredRule = z.enum(MEASURED_RULES);

/**
 * The `goals:` part of the config: how to judge a goal when the words Checkpoint reads in it
 * pick the wrong rule. Only overriding is supported; goals come from the expectation
 * document alone, never from the config.
 */
export const goalsConfigSchema = z
  .record(
    z
      .string()
      .min(1)
      .describe(
        'A goal\'s id, as the review issue shows it beside the goal, e.g. "skill-knowledge/django-orm-models-migrations".',
      ),
    z
      .strictObject({
        rule: z
          .union([z.literal(SELF_ASSESSED), measuredRule, z.array(measuredRule).min(1)], {
            error: `expected "${SELF_ASSESSED}", one of ${MEASURED_RULES.join(", ")}, or a list of them`,
          })
          .describe(
            `How the goal is judged: "${SELF_ASSESSED}" (you tick it in the review's checklist), one rule, or a list of rules. Rules: ${MEASURED_RULES.join(", ")}.`,
          )
          .meta({ examples: ["tests", ["orm", "database"]] }),
      })
      .describe("The rule or rules that judge this goal, replacing the ones Checkpoint chose."),
  )
  .default({})
  .describe(
    "Goal ids mapped to the rule that should judge them, for goals Checkpoint judges by the wrong rule.",
  );

export type GoalsConfig = z.infer<typeof goalsConfigSchema>;

/** The rules with every overridden goal judged as the config says, marked "config override". */
export function applyGoalOverrides(rules: readonly GoalRule[], overrides: GoalsConfig): GoalRule[] {
  return rules.map((goal) => {
    const override = overrides[goal.goalId];
    if (override === undefined) return goal;
    const ids: RuleId[] = Array.isArray(override.rule)
      ? [...new Set(override.rule)]
      : [override.rule];
    return { ...goal, rules: ids.map((id) => appliedRule(id, "config override", goal.goalText)) };
  });
}

/** Overridden ids that name no goal of the document, for the learner to correct. */
export function unknownGoalIds(rules: readonly GoalRule[], overrides: GoalsConfig): string[] {
  const known = new Set(rules.map((goal) => goal.goalId));
  return Object.keys(overrides).filter((id) => !known.has(id));
}
