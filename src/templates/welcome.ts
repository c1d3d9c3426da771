import { CONFIG_PATH } from "../config/schema.js";
import { renderMarker } from "../domain/marker.js";
import type { NextIssue } from "../domain/week/next-issue.js";
import { mention } from "./weekly/escape.js";

export interface WelcomeView {
  owner: string;
  repo: string;
  defaultBranch: string;
  serverUrl: string;
  /** The learner's login, to fill in the starter config. */
  login: string;
}

/** A starter config a learner can commit as it is, then adjust. */
function starterConfig(login: string): string {
  return [
    "# Checkpoint settings: every field is optional. Reference: the app's README.",
    "learner:",
    `  login: ${login}`,
    "course:",
    "  start_date: 2025-09-30 # the first day of your course (YYYY-MM-DD)",
    "  weeks: 24",
    "  timezone: Africa/Lagos # your IANA timezone",
    "schedule:",
    "  weekly:",
    "    day: monday",
    '    time: "09:00"',
    "repositories: all",
    "",
  ].join("\n");
}

/**
 * The one-click link: GitHub's new-file page with the config filled in, so setting up needs
 * no write permission for the app, only the learner's own commit.
 */
function newConfigUrl(view: WelcomeView): string {
  const query = new URLSearchParams({ filename: CONFIG_PATH, value: starterConfig(view.login) });
  return `${view.serverUrl}/${view.owner}/${view.repo}/new/${view.defaultBranch}?${query.toString()}`;
}

/** The welcome issue: what Checkpoint does, and the one step that starts it. */
export function welcomeIssue(view: WelcomeView): { title: string; body: string } {
  return {
    title: "Welcome to Checkpoint: one file to start",
    body: [
      `Hi ${mention(view.login)}! Checkpoint holds you to the goals you wrote for yourself. Every week it measures what your repositories show (commits, active days, tests, documentation), opens an issue here with the figures, reads your reply and answers with a checkpoint summary. At mid-course and at the end it holds the whole course up against your expectation document.`,
      "",
      `**To start, add \`${CONFIG_PATH}\` to this repository:** [create it with one click](${newConfigUrl(view)}) (GitHub opens the new-file page with the settings below filled in; change the start date and timezone, then commit).`,
      "",
      "```yaml",
      starterConfig(view.login).trimEnd(),
      "```",
      "",
      "Commit your expectation document as `EXPECTATIONS.md` beside it, and Checkpoint will read your goals and your start date from it. I'll close this issue as soon as the config is in place and tell you when your first weekly issue arrives.",
      "",
      renderMarker({ kind: "welcome" }),
    ].join("\n"),
  };
}

/**
 * Posted when the config appears and the welcome issue closes: when the first weekly issue
 * arrives, or, without `next`, that it is open already.
 */
export function welcomeDoneComment(next?: NextIssue): string {
  const first = next
    ? `Your first weekly issue, for ${next.label}, arrives ${next.due}.`
    : "Your first weekly issue is open now.";
  const done = `Your config is in place. ${first} Closing this one; see you there!`;
  return `${done}\n\n${renderMarker({ kind: "welcome-done" })}`;
}
