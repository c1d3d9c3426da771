import type { GoalFacts } from "../../../src/domain/goals/facts.js";
import type { WeekRecord } from "../../../src/domain/goals/judging.js";
import type { WeeklyFigures } from "../../../src/domain/figures.js";
import { quietFigures } from "../../helpers/figures.js";

/** A week of nothing: every figure 0. */
const none = { files: 0, examples: [] };

/** Facts of a week that showed nothing. */
export const quietFacts: GoalFacts = {
  readme: { setup: false, run: false, test: false },
  models: 0,
  migrations: 0,
  workflows: { changed: 0, atHead: 0 },
  deployment: { changed: 0, atHead: 0 },
  pulls: { opened: 0, merged: 0 },
  reviewsGiven: 0,
  vagueMessages: 0,
  activeRepos: [],
  djangoProjects: [],
  code: { database: none, auth: none, crud: none, http: none, middleware: none },
};

/** Code evidence in the given files. */
export const files = (...examples: string[]) => ({ files: examples.length, examples });

/**
 * A week for the goal rules: figures and facts start quiet and take what is given;
 * `facts: null` is a week measured before markers carried facts.
 */
export function record(
  week: number,
  figures: Partial<WeeklyFigures> = {},
  facts: Partial<GoalFacts> | null = {},
  updatePosted = false,
): WeekRecord {
  return {
    week,
    figures: { ...quietFigures, ...figures },
    ...(facts === null ? {} : { facts: { ...quietFacts, ...facts } }),
    updatePosted,
  };
}
