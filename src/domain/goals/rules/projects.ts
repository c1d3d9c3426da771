import { count, listOf } from "../../words.js";
import { DEFAULT_PROJECTS_TARGET } from "../catalogue.js";
import { withFacts, type RuleJudge } from "../judging.js";

/** A project counts once it has had commits in at least this many weeks: sustained, not a try-out. */
const SUSTAINED_WEEKS = 2;

/**
 * Django projects with sustained activity: every repository any week showed to be a Django
 * project, counted when it had commits in `SUSTAINED_WEEKS` or more weeks. On track at the
 * goal's target; needs attention while some Django project is seen but fewer are sustained.
 */
export const projects: RuleJudge = {
  needsFacts: true,
  judge(history, _context, rule) {
    const target = rule.target ?? DEFAULT_PROJECTS_TARGET;
    const measured = withFacts(history);
    const django = [...new Set(measured.flatMap((week) => week.facts.djangoProjects))];
    const activity = django.map((repo) => ({
      repo,
      weeks: measured.filter((week) => week.facts.activeRepos.includes(repo)).length,
    }));
    const named = (list: typeof activity) =>
      listOf(list.map(({ repo, weeks }) => `${repo} (${count(weeks, "week")})`));
    const sustained = activity.filter(({ weeks }) => weeks >= SUSTAINED_WEEKS);
    const other = activity.filter(({ weeks }) => weeks < SUSTAINED_WEEKS);
    const headline =
      `${count(sustained.length, "Django project")} with commits in ${SUSTAINED_WEEKS}+ weeks` +
      (sustained.length > 0 ? `: ${named(sustained)}` : "");
    const evidence = [headline, ...(other.length > 0 ? [`also seen: ${named(other)}`] : [])];
    if (sustained.length >= target) return { status: "on track", evidence };
    return { status: django.length > 0 ? "needs attention" : "no evidence yet", evidence };
  },
  touched({ facts }) {
    const active = facts?.djangoProjects.filter((repo) => facts.activeRepos.includes(repo)) ?? [];
    return active.length > 0 ? `commits to ${listOf(active)}` : undefined;
  },
};
