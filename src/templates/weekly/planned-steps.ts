import { ownWords } from "./escape.js";

/**
 * Last week's next steps, quoted back as a task list the learner can tick: a question in
 * the heading rather than a verdict. Empty when there were none.
 */
export function plannedSteps(steps: readonly string[] | undefined): string[] {
  const quoted = (steps ?? []).map(ownWords).filter((step) => step !== "");
  if (quoted.length === 0) return [];
  return ["### Last week's plan: how did it go?", "", ...quoted.map((step) => `- [ ] ${step}`)];
}
