/**
 * The learner's expectation document, read into goals Checkpoint can measure against.
 * Every field is plain data so it can travel in a hidden marker and back.
 */

/** One promise the learner wrote down: a bullet of the document. */
export interface Goal {
  /**
   * Stable key for the goal's history, e.g. "skill-knowledge/django-orm-models-migrations".
   * Fresh from the text; `reconcileGoalIds` carries earlier ids over to reworded goals.
   */
  id: string;
  /** Plain text: Markdown emphasis removed, whitespace collapsed, punctuation as written. */
  text: string;
  /** The Markdown after the list marker, exactly as written (lines joined by "\n"). */
  raw: string;
  /** 1-based line of the bullet in the document, for linking back to it. */
  line: number;
}

/** A heading of the document and the goals under it. */
export interface ExpectationSection {
  /** The heading's own number, e.g. "1" for "## 1. Skill & Knowledge Goals". */
  number?: string;
  /** Plain heading text without its number; "" for goals written before any heading. */
  title: string;
  goals: Goal[];
}

/** Facts from the `Label: value` lines before the first section. */
export interface ExpectationMetadata {
  course?: string;
  /** Calendar date, YYYY-MM-DD; absent when missing or not readable without guessing. */
  startDate?: string;
  cohort?: string;
  learner?: string;
}

/** A parsed expectation document; malformed input still yields one, with `problems`. */
export interface ExpectationDocument {
  title?: string;
  metadata: ExpectationMetadata;
  sections: ExpectationSection[];
  /** Sentences for the learner about what could not be read; empty when all is well. */
  problems: string[];
}
