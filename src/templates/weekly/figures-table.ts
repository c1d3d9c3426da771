import type { CheckpointConfig } from "../../config/schema.js";
import type { FileEvidence, WeekMeasures } from "../../domain/measures/index.js";
import { escapeText } from "./escape.js";
import type { WeeklyFigures } from "../../domain/figures.js";
import { fileUrl, type LinkBook } from "./links.js";
import { casesFigure, number, streakLength } from "../../domain/words.js";

/** The weekly targets, as the config states them. */
export type WeeklyTargets = CheckpointConfig["targets"];

/** How many files a cell names before it says "+N more". */
const FILES_NAMED = 3;
const NONE = "—";

interface Row {
  label: string;
  thisWeek: string;
  target?: number;
  lastWeek: (figures: WeeklyFigures) => string;
}

/**
 * The streak running into the week's last day; when that day was a rest day, what the week
 * did hold ("last day off; active 5 of 7 days"), never a bare "0 days".
 */
function streakCell(figures: {
  streakDays: number;
  streakCapped: boolean;
  activeDays: number;
}): string {
  if (figures.streakDays > 0) return streakLength(figures.streakDays, figures.streakCapped);
  if (figures.activeDays === 0) return NONE;
  return `last day off; active ${number(figures.activeDays)} of 7 days`;
}

/** A file's name, linked to it on the default branch. */
function fileLink(measures: WeekMeasures, links: LinkBook, file: FileEvidence): string {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  return links.to(escapeText(name), fileUrl(measures.repos, file));
}

/** "3: a, b, c, +2 more": the figure, then the files it counts. */
function filesCell(measures: WeekMeasures, links: LinkBook, files: readonly FileEvidence[]) {
  if (files.length === 0) return "0";
  const named = files.slice(0, FILES_NAMED).map((file) => fileLink(measures, links, file));
  const more = files.length > FILES_NAMED ? [`+${files.length - FILES_NAMED} more`] : [];
  return `${number(files.length)}: ${[...named, ...more].join(", ")}`;
}

/**
 * This week's figures against the targets and last week's. Every figure links to its
 * evidence where the measures give an address: commits to the week's first commit, test
 * and documentation files to the files, new test cases to the file of the first one.
 * A target of 0 means "no target" and shows as a dash, as does an unknown last week.
 */
export function figuresTable(params: {
  measures: WeekMeasures;
  figures: WeeklyFigures;
  targets: WeeklyTargets;
  previous?: WeeklyFigures;
  links: LinkBook;
}): string[] {
  const { measures, figures, targets, previous, links } = params;
  const { commits, tests, docs } = measures.totals;
  const firstCase = tests.newCases[0];
  const caseUrl = firstCase === undefined ? undefined : fileUrl(measures.repos, firstCase);
  const rows: Row[] = [
    {
      label: "Commits",
      thisWeek: links.to(number(figures.commits), commits[0]?.url),
      target: targets.commits,
      lastWeek: (last) => number(last.commits),
    },
    {
      label: "Active days",
      thisWeek: number(figures.activeDays),
      target: targets.active_days,
      lastWeek: (last) => number(last.activeDays),
    },
    {
      label: "Test files",
      thisWeek: filesCell(measures, links, [...tests.added, ...tests.changed]),
      target: targets.test_files,
      lastWeek: (last) => number(last.testFiles),
    },
    {
      label: "New test cases",
      thisWeek: casesFigure(figures.newTestCases, figures.newTestCasesComplete, (figure) =>
        links.to(figure, caseUrl),
      ),
      lastWeek: (last) => casesFigure(last.newTestCases, last.newTestCasesComplete),
    },
    {
      label: "Docs/README",
      thisWeek: filesCell(measures, links, [...docs.readme, ...docs.otherDocs]),
      lastWeek: (last) => number(last.docsChanges),
    },
    {
      label: "Streak",
      thisWeek: streakCell(figures),
      lastWeek: streakCell,
    },
  ];
  return [
    "| | This week | Target | Last week |",
    "| :-- | :-- | :-: | :-: |",
    ...rows.map(({ label, thisWeek, target, lastWeek }) => {
      const goal = target === undefined || target === 0 ? NONE : number(target);
      const last = previous === undefined ? NONE : lastWeek(previous);
      return `| ${label} | ${thisWeek} | ${goal} | ${last} |`;
    }),
  ];
}
