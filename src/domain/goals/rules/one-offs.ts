import { count, eitherOf, listOf } from "../../words.js";
import type { GoalFacts } from "../facts.js";
import { weekList, withFacts, type RuleJudge } from "../judging.js";

/**
 * One-off goals: on track as soon as the evidence exists (a deployment file, a CI workflow,
 * a README that says how to set up, run and test, the mid-course review answered); until
 * then, no evidence yet. Never "needs attention" for something not yet done, except a README
 * that is partly there.
 */

/** A kind of file the weeks changed or the repositories held at HEAD. */
function fileRule(params: {
  files: (facts: GoalFacts) => GoalFacts["deployment"];
  singular: string;
  /** What to say while there is none, naming what would count. */
  none: string;
}): RuleJudge {
  const { files, singular, none } = params;
  return {
    needsFacts: true,
    judge(history) {
      const measured = withFacts(history);
      const changed = measured.filter((week) => files(week.facts).changed > 0);
      const present = measured.filter((week) => files(week.facts).atHead > 0).at(-1);
      const evidence = [
        ...(changed.length > 0 ? [`${singular}s changed in ${weekList(changed)}`] : []),
        ...(present === undefined
          ? []
          : [
              `${count(files(present.facts).atHead, singular)} in your repositories (week ${present.week})`,
            ]),
      ];
      return evidence.length > 0
        ? { status: "on track", evidence }
        : { status: "no evidence yet", evidence: [none] };
    },
    touched({ facts }) {
      const changed = facts === undefined ? 0 : files(facts).changed;
      return changed > 0 ? `${count(changed, singular)} changed` : undefined;
    },
  };
}

export const deploy = fileRule({
  files: (facts) => facts.deployment,
  singular: "deployment file",
  none: "no deployment file (Procfile, Dockerfile, render.yaml, fly.toml…) yet",
});

/**
 * A project running on a live server: on track when a deploy workflow or a live address in
 * a README shows it (latest week with facts); "ready to deploy", needing attention, when only
 * deployment files exist.
 */
export const live: RuleJudge = {
  needsFacts: true,
  judge(history) {
    const latest = withFacts(history).at(-1);
    const shown = withFacts(history)
      .filter((week) => week.facts.live !== undefined)
      .at(-1);
    const running = shown?.facts.live;
    const when = `(week ${shown?.week ?? 0})`;
    const signs = [
      ...(running && running.urls.length > 0 ? [`live at ${listOf(running.urls)} ${when}`] : []),
      ...(running && running.deployWorkflows > 0
        ? [`${count(running.deployWorkflows, "deploy workflow")} in your repositories ${when}`]
        : []),
    ];
    if (signs.length > 0) return { status: "on track", evidence: signs };
    const files = latest?.facts.deployment.atHead ?? 0;
    const notYet =
      "not live yet: a deploy workflow, or the live address in your README, shows it running";
    return files > 0
      ? {
          status: "needs attention",
          evidence: [
            `ready to deploy: ${count(files, "deployment file")} in your repositories (week ${latest?.week ?? 0})`,
            notYet,
          ],
        }
      : { status: "no evidence yet", evidence: [notYet] };
  },
  touched({ facts }) {
    const urls = facts?.live?.urls ?? [];
    return urls.length > 0 ? `live at ${listOf(urls)}` : undefined;
  },
};

export const ci = fileRule({
  files: (facts) => facts.workflows,
  singular: "CI workflow",
  none: "no CI workflow yet (GitHub Actions, GitLab CI, Travis, CircleCI, Jenkins…)",
});

const ASPECTS = [
  ["setup", "set up"],
  ["run", "run"],
  ["test", "test"],
] as const;

/** The README at HEAD in the latest week with facts; docs changes in any week. */
export const readme: RuleJudge = {
  needsFacts: true,
  touchedIsFigure: true,
  judge(history) {
    const latest = withFacts(history).at(-1);
    const docs = history.filter((week) => week.figures.docsChanges > 0);
    const docsLine = docs.length > 0 ? [`README or docs changed in ${weekList(docs)}`] : [];
    if (latest === undefined) return { status: "no evidence yet", evidence: docsLine };
    const says = ASPECTS.filter(([aspect]) => latest.facts.readme[aspect]).map(
      ([, words]) => words,
    );
    const missing = ASPECTS.filter(([aspect]) => !latest.facts.readme[aspect]).map(([, w]) => w);
    const when = `(week ${latest.week})`;
    if (missing.length === 0) {
      return {
        status: "on track",
        evidence: [`your READMEs say how to set up, run and test ${when}`, ...docsLine],
      };
    }
    const readmeLine =
      says.length === 0
        ? `no README says yet how to set up, run or test ${when}`
        : `your READMEs say how to ${listOf(says)}, not yet how to ${eitherOf(missing)} ${when}`;
    const started = says.length > 0 || docs.length > 0;
    return {
      status: started ? "needs attention" : "no evidence yet",
      evidence: [readmeLine, ...docsLine],
    };
  },
  touched: ({ figures }) =>
    figures.docsChanges > 0 ? `${count(figures.docsChanges, "docs file")} changed` : undefined,
};

export const revisit: RuleJudge = {
  needsFacts: false,
  judge: (_history, { reviewAnswered }) =>
    reviewAnswered
      ? { status: "on track", evidence: ["you answered the mid-course review"] }
      : {
          status: "no evidence yet",
          evidence: ["answering the mid-course review counts as revisiting your document"],
        },
  touched: () => undefined,
};
