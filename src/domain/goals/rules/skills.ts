import { count, listOf } from "../../words.js";
import type { CodeEvidenceKind, GoalFacts } from "../facts.js";
import { skillStatus, weekList, withFacts, type RuleJudge } from "../judging.js";

/** Skills: on track once the evidence shows in `SKILL_WEEKS` different weeks, practice rather than a one-off. */

/** "2 model files and 1 migration"; parts with nothing to say left out. */
function dataWork(models: number, migrations: number): string {
  const parts = [
    models > 0 ? count(models, "model file") : "",
    migrations > 0 ? count(migrations, "migration") : "",
  ];
  return listOf(parts.filter((part) => part !== ""));
}

export const orm: RuleJudge = {
  needsFacts: true,
  judge(history) {
    const shown = withFacts(history).filter(
      (week) => week.facts.models + week.facts.migrations > 0,
    );
    if (shown.length === 0) {
      return { status: "no evidence yet", evidence: ["no models or migrations changed yet"] };
    }
    const total = (figure: (facts: GoalFacts) => number) =>
      shown.reduce((sum, week) => sum + figure(week.facts), 0);
    const work = dataWork(
      total((facts) => facts.models),
      total((facts) => facts.migrations),
    );
    return {
      status: skillStatus(shown.length),
      evidence: [`models or migrations changed in ${weekList(shown)}: ${work}`],
    };
  },
  touched({ facts }) {
    if (facts === undefined || facts.models + facts.migrations === 0) return undefined;
    return dataWork(facts.models, facts.migrations);
  },
};

/** What each kind of code evidence is called in a sentence. */
const CODE_WORDS: Readonly<Record<CodeEvidenceKind, string>> = {
  database: "database settings or drivers",
  auth: "login, registration or permission code",
  crud: "create, update or delete views or forms",
  http: "URL routes, API views or serializers",
  middleware: "middleware",
};

/** How many example paths an evidence line names across all weeks. */
const NAMED_PATHS = 3;

/** A skill shown by added lines of one kind (see `CODE_EVIDENCE`). */
function codeSkill(kind: CodeEvidenceKind): RuleJudge {
  const words = CODE_WORDS[kind];
  return {
    needsFacts: true,
    judge(history) {
      const shown = withFacts(history).filter((week) => week.facts.code[kind].files > 0);
      if (shown.length === 0)
        return { status: "no evidence yet", evidence: [`no ${words} seen yet`] };
      const paths = [...new Set(shown.flatMap((week) => week.facts.code[kind].examples))];
      return {
        status: skillStatus(shown.length),
        evidence: [`${words} in ${weekList(shown)}: ${paths.slice(0, NAMED_PATHS).join(", ")}`],
      };
    },
    touched({ facts }) {
      const evidence = facts?.code[kind];
      if (evidence === undefined || evidence.files === 0) return undefined;
      return `${words} in ${evidence.examples.join(", ")}`;
    },
  };
}

export const database = codeSkill("database");
export const auth = codeSkill("auth");
export const crud = codeSkill("crud");
export const http = codeSkill("http");
export const middleware = codeSkill("middleware");
