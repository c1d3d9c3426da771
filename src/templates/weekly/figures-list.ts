import type { DayCount } from "../../domain/measures/days.js";
import type { FileEvidence } from "../../domain/measures/evidence.js";
import type { WeekMeasures } from "../../domain/measures/week-measures.js";
import { escapeText } from "./escape.js";
import type { WeeklyFigures, WeeklyTargets } from "../../domain/figures.js";
import { shortestNames } from "./file-names.js";
import { fileUrl, type LinkBook } from "./links.js";
import { casesFigure, number } from "../../domain/words.js";

/** How many files a line names before it says "+N more". */
const FILES_NAMED = 3;

interface Line {
  label: string;
  thisWeek: string;
  /** Files behind the figure, named after it. */
  files?: string;
  target?: { value: number; goal: number };
  lastWeek?: string;
  /** Shown only when this week or last week has something: a row of zeros is noise on a phone. */
  optional?: { thisWeek: number; lastWeek?: number };
}

/** The longest run of consecutive active days inside the week. */
function longestRun(days: readonly DayCount[]): number {
  let best = 0;
  let run = 0;
  for (const day of days) {
    run = day.commits > 0 ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * What the week's days held beyond their count, only when it is worth saying: the streak that
 * runs into the week's last day, else the longest run inside the week. Never "0 days".
 */
function runOfDays(figures: WeeklyFigures, days: readonly DayCount[]): string | undefined {
  if (figures.streakDays >= 2) {
    return `on a ${number(figures.streakDays)}${figures.streakCapped ? "+" : ""}-day streak`;
  }
  const run = longestRun(days);
  return run >= 2 ? `longest run ${number(run)} days` : undefined;
}

/** "3: a, b, c +2 more": the files a figure counts, each by its shortest unambiguous name. */
function fileLinks(measures: WeekMeasures, links: LinkBook, files: readonly FileEvidence[]) {
  if (files.length === 0) return undefined;
  const names = shortestNames(files.map((file) => file.path));
  const named = files
    .slice(0, FILES_NAMED)
    .map((file) =>
      links.to(escapeText(names.get(file.path) ?? file.path), fileUrl(measures.repos, file)),
    );
  const more = files.length > FILES_NAMED ? ` +${number(files.length - FILES_NAMED)} more` : "";
  return `${named.join(", ")}${more}`;
}

/**
 * This week's figures as a short list that fits a phone: each figure, the files it counts,
 * its target (✓ when reached) and last week's value. Every figure links to its evidence where
 * the measures give an address. A target of 0 means "no target" and is left out, as is an
 * unknown last week; new test cases and docs only show when either week has some.
 */
export function figuresList(params: {
  measures: WeekMeasures;
  figures: WeeklyFigures;
  targets: WeeklyTargets;
  previous?: WeeklyFigures;
  links: LinkBook;
}): string[] {
  const { measures, figures, targets, previous, links } = params;
  const { commits, tests, docs, days } = measures.totals;
  const firstCase = tests.newCases[0];
  const caseUrl = firstCase === undefined ? undefined : fileUrl(measures.repos, firstCase);
  const run = runOfDays(figures, days);
  const lines: Line[] = [
    {
      label: "Commits",
      thisWeek: links.to(number(figures.commits), commits[0]?.url),
      target: { value: figures.commits, goal: targets.commits },
      lastWeek: previous && number(previous.commits),
    },
    {
      label: "Active days",
      thisWeek: `${number(figures.activeDays)} of 7${run ? ` (${run})` : ""}`,
      target: { value: figures.activeDays, goal: targets.active_days },
      lastWeek: previous && number(previous.activeDays),
    },
    {
      label: "Test files",
      thisWeek: number(figures.testFiles),
      files: fileLinks(measures, links, [...tests.added, ...tests.changed]),
      target: { value: figures.testFiles, goal: targets.test_files },
      lastWeek: previous && number(previous.testFiles),
    },
    {
      label: "New test cases",
      thisWeek: casesFigure(figures.newTestCases, figures.newTestCasesComplete, (figure) =>
        links.to(figure, caseUrl),
      ),
      lastWeek: previous && casesFigure(previous.newTestCases, previous.newTestCasesComplete),
      optional: { thisWeek: figures.newTestCases, lastWeek: previous?.newTestCases },
    },
    {
      label: "Docs",
      thisWeek: number(figures.docsChanges),
      files: fileLinks(measures, links, [...docs.readme, ...docs.otherDocs]),
      lastWeek: previous && number(previous.docsChanges),
      optional: { thisWeek: figures.docsChanges, lastWeek: previous?.docsChanges },
    },
  ];
  return lines
    .filter(({ optional }) => !optional || optional.thisWeek > 0 || (optional.lastWeek ?? 0) > 0)
    .map(({ label, thisWeek, files, target, lastWeek }) => {
      const parts = [`**${label}** ${thisWeek}${files ? `: ${files}` : ""}`];
      if (target && target.goal > 0) {
        parts.push(`target ${number(target.goal)}${target.value >= target.goal ? " ✓" : ""}`);
      }
      if (lastWeek !== undefined) parts.push(`last week ${lastWeek}`);
      return `- ${parts.join(" · ")}`;
    });
}
