import { readMarker } from "../../src/domain/marker.js";
import type { StandInState } from "../../test/stand-in/state.js";
import { HOME_REPO } from "../../test/stand-in/world/index.js";

/*
 * What every home must hold once week 8 has run, worked out by hand from the world:
 * - one weekly issue per week, never two: week 8 open, week 7 (#1) closed;
 * - week 7 closed "completed" when the learner replied, "not_planned" when not, with one
 *   summary comment from the app;
 * - week 8's figures: an active repository holds 10 of the learner's non-merge commits
 *   (c1–c4, f1–f3, c5–c7; the merge apart), all on Tue Nov 18 (08:00–20:00 UTC is
 *   09:00–21:00 in Lagos), so 10 commits per active repository on 1 active day.
 */

/** Every way the world differs from that; empty when it holds exactly what it should. */
export function worldProblems(state: StandInState): string[] {
  const problems: string[] = [];
  for (const learner of state.learners) {
    const home = `${learner.login}/${HOME_REPO}`;
    const repo = state.repos.get(home.toLowerCase());
    if (!repo) {
      problems.push(`${home}: missing`);
      continue;
    }
    const byWeek = new Map<number, number[]>();
    for (const issue of repo.issues) {
      const marker = readMarker(issue.body);
      if (marker?.kind !== "weekly" || marker.week === undefined) continue;
      byWeek.set(marker.week, [...(byWeek.get(marker.week) ?? []), issue.number]);
    }
    for (const [week, numbers] of byWeek) {
      if (numbers.length > 1)
        problems.push(`${home}: week ${week} opened twice (#${numbers.join(", #")})`);
    }
    const week8 = repo.issues.find((issue) => issue.number === byWeek.get(8)?.[0]);
    const active = learner.repos.filter((code) => code.kind !== "idle").length;
    const figures = readMarker(week8?.body)?.figures as
      { commits?: number; activeDays?: number } | undefined;
    if (!week8 || week8.state !== "open") problems.push(`${home}: week 8 is not open`);
    else if (figures?.commits !== 10 * active || figures.activeDays !== (active > 0 ? 1 : 0)) {
      problems.push(
        `${home}: week 8 shows ${JSON.stringify(figures)}, expected ${10 * active} commits`,
      );
    }
    const week7 = repo.issues.find((issue) => issue.number === 1);
    const replied = learner.home.issues[0]?.comments.length ?? 0;
    const summaries = week7?.comments.filter((c) => readMarker(c.body)?.kind === "week-summary");
    const reason = replied > 0 ? "completed" : "not_planned";
    if (week7?.state !== "closed" || week7.state_reason !== reason || summaries?.length !== 1) {
      problems.push(
        `${home}: week 7 is ${week7?.state}/${week7?.state_reason} with ${summaries?.length} summaries, expected closed/${reason} with 1`,
      );
    }
  }
  return problems;
}
