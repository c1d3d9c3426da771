/** Checkpoint's measures: a learner's week as exact figures, each citing its evidence. */
export { measureWeek } from "./week-measures.js";
export type { HeadMeasures, RepoMeasures, WeekMeasures } from "./week-measures.js";
export { VAGUE_MESSAGE_RULE, VERY_LARGE_COMMIT_RULE } from "./commit-messages.js";
export type { DayCount } from "./days.js";
export type * from "./evidence.js";
export type { ReadmeAspectName } from "./readme-completeness.js";
export type { MeasureWindow } from "./window.js";
