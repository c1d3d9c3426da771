import type {
  CommitEvidence,
  ReadmeAspectName,
  WeekMeasures,
} from "../../domain/measures/index.js";
import { escapeText, quoteMessage } from "./escape.js";
import { commitLink, fileUrl, type LinkBook } from "./links.js";
import { count, eitherOf, number } from "../../domain/words.js";

/** How many commits a hint names before it says "and N more". */
const QUOTED = 3;

/** "a, b, c and 2 more": the first few, each rendered, then how many are left. */
function someOf(commits: readonly CommitEvidence[], render: (c: CommitEvidence) => string) {
  const shown = commits.slice(0, QUOTED).map(render);
  const rest = commits.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${number(rest)} more` : shown.join(", ");
}

function vagueMessages(commits: readonly CommitEvidence[], rule: string, links: LinkBook) {
  if (commits.length === 0) return [];
  const quoted = someOf(commits, (c) => `${commitLink(links, c)} ${quoteMessage(c.subject)}`);
  return [
    `- ${count(commits.length, "commit message")} could say more: ${quoted}. ` +
      "A line on what changed and why helps anyone reading the history, future you included.",
    `  - How I spot them: ${rule}`,
  ];
}

function veryLarge(commits: readonly CommitEvidence[], links: LinkBook) {
  if (commits.length === 0) return [];
  const size = (c: CommitEvidence) =>
    `${commitLink(links, c)} ${quoteMessage(c.subject)} ` +
    `(${count(c.additions + c.deletions, "line")} in ${count(c.changedFiles, "file")})`;
  return [
    `- ${count(commits.length, "very large commit")}: ${someOf(commits, size)}. ` +
      "Smaller commits are easier to review, and to undo.",
  ];
}

const ASPECT_WORDS: Record<ReadmeAspectName, string> = {
  setup: "set up",
  run: "run",
  test: "test",
};

/** READMEs of repositories worked on this week that do not yet say how to set up, run or test. */
function readmeGaps(measures: WeekMeasures, links: LinkBook) {
  return measures.repos
    .filter((repo) => repo.commits.length > 0)
    .flatMap((repo) => {
      const { readme } = repo.head;
      const name = escapeText(repo.repo);
      if (readme.path === undefined) {
        return [
          `- ${links.to(name, repo.url)} has no README yet: a few lines on how to set it up, ` +
            "run it and test it help anyone who wants to try it.",
        ];
      }
      const missing = (["setup", "run", "test"] as const).filter(
        (aspect) => !readme[aspect].present,
      );
      if (missing.length === 0) return [];
      const file = links.to(
        `${name}'s README`,
        fileUrl(measures.repos, { repo: repo.repo, path: readme.path }),
      );
      return [
        `- ${file} doesn't say yet how to ${eitherOf(missing.map((aspect) => ASPECT_WORDS[aspect]))} ` +
          "the project; a few lines there help anyone who wants to try it.",
      ];
    });
}

/**
 * Kind, one-line suggestions, each only when it applies: vague commit messages (with the
 * rule that found them), very large commits, and READMEs of repositories worked on this week
 * that miss setup, run or test instructions. Empty when there is nothing to suggest.
 */
export function worthALook(params: {
  measures: WeekMeasures;
  messageRule: string;
  links: LinkBook;
}): string[] {
  const { measures, messageRule, links } = params;
  const { messages } = measures.totals;
  const hints = [
    ...vagueMessages(messages.vague, messageRule, links),
    ...veryLarge(messages.veryLarge, links),
    ...readmeGaps(measures, links),
  ];
  return hints.length === 0 ? [] : ["### Worth a look", "", ...hints];
}
