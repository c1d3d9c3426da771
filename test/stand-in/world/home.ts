import { CONFIG_PATH } from "../../../src/config/schema.js";
import { renderMarker, type Marker } from "../../../src/domain/marker.js";
import { mergeReplies } from "../../../src/domain/replies/merge-replies.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { replySummaryComment } from "../../../src/templates/replies/reply-summary.js";

/*
 * A learner's home repository as Checkpoint left it a week ago. The course started Tue
 * 2025-09-30 in Africa/Lagos (UTC+1, no DST), issues on Mondays 09:00 local: week 7 is
 * Nov 10 – Nov 16, 2025 and its issue is still open; week 8 (Nov 17 – Nov 23) is due at
 * Mon 2025-11-24 09:00 Lagos, 08:00 UTC.
 */

/** The home repository's name in every learner's account. */
export const HOME_REPO = "learning";
/** The instant week 8 is due. */
export const WEEK8_DUE = "2025-11-24T08:00:00Z";
/** The app's login: what GitHub shows as the author of what Checkpoint writes. */
export const APP_LOGIN = "checkpoint[bot]";

interface BenchComment {
  body: string;
  login: string;
  type: "User" | "Bot";
  createdAt: string;
}

/** An open issue Checkpoint wrote, with its comments. */
interface BenchIssue {
  number: number;
  title: string;
  body: string;
  createdAt: string;
  comments: BenchComment[];
}

export interface BenchHome {
  name: string;
  /** Files on the default branch by path; the stand-in reads them at request time. */
  files: Record<string, string>;
  issues: BenchIssue[];
}

/** A valid config: the learner, the course, every repository the installation sees. */
function configText(login: string): string {
  return `learner:
  login: ${login}
course:
  start_date: 2025-09-30
  timezone: Africa/Lagos
repositories: all
`;
}

const FIGURES7 = {
  commits: 4,
  activeDays: 3,
  testFiles: 1,
  newTestCases: 2,
  newTestCasesComplete: true,
  docsChanges: 0,
  streakDays: 1,
  streakCapped: false,
};

const WEEK7: Marker = {
  kind: "weekly",
  week: 7,
  window: { firstDay: "2025-11-10", lastDay: "2025-11-16" },
  figures: FIGURES7,
};

const REPLY = `## Summary
Finished the blog models.

## Next steps
- Write tests for the views
- Deploy to Render`;

/** The summary Checkpoint answered the reply with, as it renders it: the world is consistent. */
function replySummary(login: string): string {
  return replySummaryComment({
    learnerName: login,
    week: 7,
    weekLabel: "Nov 10 – Nov 16, 2025",
    reply: mergeReplies([parseReply(REPLY, { owner: login, repo: HOME_REPO })]),
    figures: FIGURES7,
    updateWeeksInARow: 1,
    excused: false,
  });
}

/**
 * The home of `login`, whose week-7 issue (#1) is open, with a reply when `replied`, and
 * the checkpoint summary Checkpoint answered it with.
 */
export function homeOf(login: string, replied: boolean): BenchHome {
  return {
    name: HOME_REPO,
    files: { [CONFIG_PATH]: configText(login) },
    issues: [
      {
        number: 1,
        title: "Week 7 · Nov 10 – Nov 16, 2025",
        body: `How did week 7 go?\n\n${renderMarker(WEEK7)}`,
        createdAt: "2025-11-17T08:00:05Z",
        comments: replied
          ? [
              { body: REPLY, login, type: "User", createdAt: "2025-11-18T19:00:00Z" },
              {
                body: replySummary(login),
                login: APP_LOGIN,
                type: "Bot",
                createdAt: "2025-11-18T19:00:05Z",
              },
            ]
          : [],
      },
    ],
  };
}
