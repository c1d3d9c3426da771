/** Checkpoint's measures: a learner's week as exact figures, each citing its evidence. */
export { measureWeek } from "./week-measures.js";
export type { HeadMeasures, RepoMeasures, WeekMeasures } from "./week-measures.js";
export type { ActivityMeasures } from "./activity-measures.js";
export type { CollaborationMeasures } from "./collaboration.js";
export {
  VAGUE_MESSAGE_RULE,
  VERY_LARGE_COMMIT_RULE,
  type MessageMeasures,
} from "./commit-messages.js";
export type { DayCount } from "./days.js";
export type { DocsMeasures } from "./docs.js";
export type * from "./evidence.js";
export type { DataMeasures, DeliveryAtHead, DeliveryMeasures } from "./project-files.js";
export type { ReadmeAspect, ReadmeAspectName, ReadmeCompleteness } from "./readme-completeness.js";
export type { Streak } from "./streak.js";
export type { TestMeasures } from "./tests.js";
export type { MeasureWindow } from "./window.js";
