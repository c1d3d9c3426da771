import type { CheckpointConfig } from "../config/schema.js";
import { goalRulesOf } from "../domain/goals/classify.js";
import { goalsTouched } from "../domain/goals/touched.js";
import { unknownGoalIds } from "../domain/goals/overrides.js";
import type { WeekRecord } from "../domain/goals/judging.js";
import {
  goalsTouchedSection,
  goalsUnreadableSection,
  unknownGoalsNote,
} from "../templates/review/goals-touched.js";
import { escapeText } from "../templates/weekly/escape.js";
import type { LoadedExpectations } from "./expectations.js";

/** The goals this week's evidence moved, or why the expectation document could not say. */
export function goalsOfTheWeek(
  expectations: LoadedExpectations,
  config: CheckpointConfig,
  record: WeekRecord,
): string[] {
  const { document, problem } = expectations;
  if (problem || !document) return goalsUnreadableSection(problem ?? "");
  const rules = goalRulesOf(document, config.goals);
  const section = goalsTouchedSection(goalsTouched(document, rules, record));
  const unknown = unknownGoalIds(rules, config.goals);
  const note = unknown.length > 0 ? unknownGoalsNote(unknown, config.expectations) : "";
  const cut = expectations.note ? escapeText(expectations.note) : "";
  const text = [section, note, cut].filter((block) => block !== "").join("\n\n");
  return text === "" ? [] : text.split("\n");
}
