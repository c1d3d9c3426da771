import type { MeasuredRuleId } from "../catalogue.js";
import type { RuleJudge } from "../judging.js";
import { activeDays, commits, tests, updates } from "./habits.js";
import { ci, deploy, live, readme, revisit } from "./one-offs.js";
import { projects } from "./projects.js";
import { auth, crud, database, http, middleware, orm } from "./skills.js";

/** How each measured rule judges the weeks. */
export const RULE_JUDGES: Readonly<Record<MeasuredRuleId, RuleJudge>> = {
  "active-days": activeDays,
  commits,
  tests,
  readme,
  deploy,
  live,
  projects,
  orm,
  database,
  auth,
  crud,
  http,
  middleware,
  ci,
  updates,
  revisit,
};
