import { ownWords } from "./escape.js";

/**
 * Last week's next steps, quoted back as a task list the learner can tick, with a
 * question rather than a verdict. Empty when there were none.
 */
export function plannedSteps(steps: readonly string[] | undefined): string[] {
  const quoted = (steps ?? []).map(ownWords).filter((step) => step !== "");
  if (quoted.length === 0) return [];
  return [
    "### Last week you planned",
    "",
    "How did these go? Tick what you finished, and tell me about the rest in your update.",
    "",
    ...quoted.map((step) => `- [ ] ${step}`),
  ];
}
