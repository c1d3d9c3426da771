import type { Goal } from "../../domain/expectations/types.js";
import { escapeText } from "../weekly/escape.js";
import type { ReviewKind } from "../../domain/marker.js";

/** A box of the self-assessed checklist as the issue body now shows it. */
export interface ChecklistTick {
  id: string;
  checked: boolean;
}

// The goal id rides at the end of the line in an HTML comment: invisible, and kept when the
// learner ticks the box in GitHub's rendered view.
const goalTag = (id: string) => `<!-- checkpoint:goal ${id} -->`;
const ITEM = /^\s*[-*+]\s+\[([ xX])\]\s.*<!--\s*checkpoint:goal\s+(\S+?)\s*-->\s*$/;

/** The checklist of goals only the learner can judge, one unticked task per goal. */
export function checklist(kind: ReviewKind, goals: readonly Goal[]): string[] {
  if (goals.length === 0) return [];
  const when = kind === "mid-course" ? " so far" : "";
  return [
    "### Only you can judge these",
    "",
    `Tick each goal you feel you've reached${when}; I'll note your ticks in a comment.`,
    "",
    ...goals.map((goal) => `- [ ] ${escapeText(goal.text)} ${goalTag(goal.id)}`),
  ];
}

/** The checklist's boxes read back from a review issue's body, ticked or not, in order. */
export function readChecklist(body: string): ChecklistTick[] {
  return body.split(/\r?\n/).flatMap((line) => {
    const found = ITEM.exec(line);
    const [, box, id] = found ?? [];
    return box === undefined || id === undefined ? [] : [{ id, checked: box !== " " }];
  });
}
