/** Where a goal's first clause ends: before a parenthesis, a dash, a semicolon or a colon. */
const CLAUSE_END = / \(| [—–-] |; |: /;
/** The most words of a goal a one-line mention keeps (one more is kept rather than cut). */
const GOAL_WORDS = 6;

/** A goal's first clause, at most about `GOAL_WORDS` words: "Master the Django ORM". */
export function shortGoal(text: string): string {
  const clause = text.split(CLAUSE_END)[0]?.trim() ?? text;
  const words = clause.split(/\s+/);
  return words.length <= GOAL_WORDS + 1 ? clause : `${words.slice(0, GOAL_WORDS).join(" ")}…`;
}
