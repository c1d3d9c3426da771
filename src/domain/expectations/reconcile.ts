import { baseGoalId, claimId } from "./goal-id.js";
import type { ExpectationDocument, Goal } from "./types.js";
import { significantWords, stem } from "./words.js";

/** A goal as an earlier run recorded it (in a marker), to carry its id forward. */
export interface KnownGoal {
  id: string;
  text: string;
}

/** Two texts at least this similar are the same goal, reworded. */
const SIMILARITY_THRESHOLD = 0.6;

function wordSet(text: string): Set<string> {
  return new Set(significantWords(text).map(stem));
}

/**
 * Jaccard similarity of two texts' significant words, plurals folded: shared words over all
 * words, from 0 (nothing shared) to 1 (same words, whatever the order, case or punctuation).
 */
export function goalSimilarity(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Gives goals of a re-read document the ids they had before, so their history survives
 * rewording, reordering, moving between sections and edits to other goals.
 *
 * Rule: each pair (earlier goal, new goal) with `goalSimilarity >= SIMILARITY_THRESHOLD` is a
 * candidate; the most similar pairs are matched first (ties: earlier goal first, then new goal
 * in document order), and each earlier id and each new goal is used at most once. Unmatched goals
 * keep their own id, suffixed if it is already taken by a matched goal or by any earlier goal,
 * so a new goal never inherits the history of one that was removed.
 */
export function reconcileGoalIds(
  previous: KnownGoal[],
  next: ExpectationDocument,
): ExpectationDocument {
  const goals = next.sections.flatMap((section) =>
    section.goals.map((goal) => ({ goal, title: section.title })),
  );
  const candidates = goals
    .flatMap(({ goal }, n) =>
      previous.map((old, k) => ({
        goal,
        n,
        k,
        id: old.id,
        score: goalSimilarity(old.text, goal.text),
      })),
    )
    .filter(({ score }) => score >= SIMILARITY_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.k - y.k || x.n - y.n);

  const idOf = new Map<Goal, string>();
  const usedIds = new Set<string>();
  for (const { goal, id } of candidates) {
    if (idOf.has(goal) || usedIds.has(id)) continue;
    idOf.set(goal, id);
    usedIds.add(id);
  }
  const taken = new Set(previous.map((old) => old.id));
  for (const { goal, title } of goals) {
    if (!idOf.has(goal)) idOf.set(goal, claimId(baseGoalId(title, goal.text), taken));
  }
  return {
    ...next,
    sections: next.sections.map((section) => ({
      ...section,
      goals: section.goals.map((goal) => ({ ...goal, id: idOf.get(goal) ?? goal.id })),
    })),
  };
}
