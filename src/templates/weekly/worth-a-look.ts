import { VERY_LARGE_COMMIT_RULE } from "../../domain/measures/commit-messages.js";
import type { CommitEvidence } from "../../domain/measures/evidence.js";
import type { ReadmeAspectName } from "../../domain/measures/readme-completeness.js";
import type { WeekMeasures } from "../../domain/measures/week-measures.js";
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

/** A hint: one line in the issue, and why it matters, with its rule, folded away. */
interface Hint {
  line: string;
  why: string;
}

function vagueMessages(commits: readonly CommitEvidence[], rule: string, links: LinkBook): Hint[] {
  if (commits.length === 0) return [];
  const quoted = someOf(commits, (c) => `${commitLink(links, c)} ${quoteMessage(c.subject)}`);
  return [
    {
      line: `${count(commits.length, "commit message")} could say more: ${quoted}.`,
      why:
        "**Commit messages:** a line on what changed and why helps anyone reading the " +
        `history, future you included. ${rule}`,
    },
  ];
}

function veryLarge(commits: readonly CommitEvidence[], links: LinkBook): Hint[] {
  if (commits.length === 0) return [];
  const size = (c: CommitEvidence) =>
    `${commitLink(links, c)} ${quoteMessage(c.subject)} ` +
    `(${count(c.additions + c.deletions, "line")}, ${count(c.changedFiles, "file")})`;
  return [
    {
      line: `${count(commits.length, "very large commit")}: ${someOf(commits, size)}.`,
      why: `**Large commits:** smaller ones are easier to review, and to undo. ${VERY_LARGE_COMMIT_RULE}`,
    },
  ];
}

const ASPECT_WORDS: Record<ReadmeAspectName, string> = {
  setup: "set up",
  run: "run",
  test: "test",
};

const README_WHY =
  "**READMEs:** a few lines on how to set up, run and test a project help anyone who wants to try it.";

/** READMEs of repositories worked on this week that do not yet say how to set up, run or test. */
function readmeGaps(measures: WeekMeasures, links: LinkBook): Hint[] {
  return measures.repos
    .filter((repo) => repo.commits.length > 0)
    .flatMap((repo) => {
      const { readme } = repo.head;
      const name = escapeText(repo.repo);
      if (readme.path === undefined) {
        return [{ line: `${links.to(name, repo.url)} has no README yet.`, why: README_WHY }];
      }
      const missing = (["setup", "run", "test"] as const).filter(
        (aspect) => !readme[aspect].present,
      );
      if (missing.length === 0) return [];
      const file = links.to(
        `${name}'s README`,
        fileUrl(measures.repos, { repo: repo.repo, path: readme.path }),
      );
      const how = eitherOf(missing.map((aspect) => ASPECT_WORDS[aspect]));
      return [{ line: `${file} doesn't say yet how to ${how} it.`, why: README_WHY }];
    });
}

/**
 * Kind suggestions, each only when it applies and each on one line: vague commit messages,
 * very large commits, and READMEs of repositories worked on this week that miss setup, run
 * or test instructions. Why each matters, and the rule that found it, fold into one
 * `<details>` so the issue stays short. Empty when there is nothing to suggest.
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
  if (hints.length === 0) return [];
  const reasons = [...new Set(hints.map((hint) => hint.why))];
  return [
    "### Worth a look",
    "",
    ...hints.map((hint) => `- ${hint.line}`),
    "",
    "<details><summary>Why these, and how I spot them</summary>",
    "",
    ...reasons.map((why) => `- ${why}`),
    "",
    "</details>",
  ];
}
