import { describe, expect, it } from "vitest";
import { readMarker, renderMarker } from "../../src/domain/marker.js";
import {
  expectHomePass,
  listedIssue,
  OWN_ISSUES,
  webhookOutcome,
} from "../helpers/github-issues.js";
import { captureLogger, testProbot } from "../helpers/probot.js";
import { webhookExample } from "../helpers/webhooks.js";

type PushPayload = {
  ref: string;
  installation: { id: number };
  repository: { default_branch: string; full_name: string };
  commits: { added: string[]; modified: string[] }[];
};

/** GitHub's real push example (a push to master with an installation), touching the config. */
function configPush(change: "added" | "modified" = "modified"): PushPayload {
  const payload = webhookExample<PushPayload>(
    "push",
    (p) => p.ref === "refs/heads/master" && "installation" in p,
  );
  const commit = payload.commits[0] as PushPayload["commits"][number];
  commit[change] = [...commit[change], ".github/checkpoint.yml"];
  return payload;
}

const REPO = "/repos/Codertocat/Hello-World";

function problemIssue(number: number, problems: string[]) {
  return listedIssue({
    repo: "Codertocat/Hello-World",
    number,
    title: "Checkpoint can't read .github/checkpoint.yml",
    body: `…\n${renderMarker({ kind: "config-problems", problems })}`,
    createdAt: "2025-11-20T10:00:00Z",
  });
}

describe("a push that changes .github/checkpoint.yml", () => {
  it("opens one issue naming each invalid field", async () => {
    let created: { title: string; body: string; labels: string[] } | undefined;
    const scope = expectHomePass({
      repo: "Codertocat/Hello-World",
      config: "course:\n  timezone: Lagos\n  weeks: 0\n",
      issues: [],
    })
      .post(`${REPO}/labels`, (body) => body.name === "checkpoint" && body.color === "0E8A16")
      .reply(201, {})
      .post(`${REPO}/issues`, (body) => {
        created = body;
        return true;
      })
      .reply(201, { number: 7, html_url: "https://github.com/Codertocat/Hello-World/issues/7" })
      // It looks again: had another run opened the same report, the younger would close.
      .get(`${REPO}/issues`)
      .query(OWN_ISSUES)
      .reply(200, [problemIssue(7, ["x"])]);

    const { log, lines } = captureLogger();
    await testProbot(log).receive({
      id: "1",
      name: "push",
      payload: configPush("added") as never,
    });

    expect(scope.isDone()).toBe(true);
    expect(webhookOutcome(lines)).toEqual({
      home: "Codertocat/Hello-World",
      status: "failed",
      detail:
        'config problems: course.weeks: must be at least 1, found number 0; course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Lagos"',
    });
    expect(created?.title).toBe("Checkpoint can't read .github/checkpoint.yml");
    expect(created?.labels).toEqual(["checkpoint"]);
    expect(created?.body).toContain("found 2 things to fix");
    expect(created?.body).toContain("- `course.weeks`: must be at least 1, found number 0");
    expect(created?.body).toContain(
      '- `course.timezone`: expected an IANA timezone name such as "Africa/Lagos"',
    );
    expect(created?.body).toContain(
      "https://github.com/Codertocat/Hello-World/blob/master/.github/checkpoint.yml",
    );
    // The marker ends the body; `-` is escaped inside it, so a marker can't end itself early.
    expect(created?.body).toMatch(
      /\n<!-- checkpoint:v1 \{"kind":"config\\u002dproblems","problems":\[.*\]\} -->$/,
    );
    expect(readMarker(created?.body)).toEqual({
      kind: "config-problems",
      problems: [
        "course.weeks: must be at least 1, found number 0",
        'course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Lagos"',
      ],
    });
  });

  it("does not post again when the same problems are pushed again", async () => {
    const problems = ["course.weeks: must be at least 1, found number 0"];
    expectHomePass({
      repo: "Codertocat/Hello-World",
      config: "course:\n  weeks: 0\n",
      issues: [problemIssue(7, problems)],
    });
    const { log, lines } = captureLogger();
    await testProbot(log).receive({ id: "2", name: "push", payload: configPush() as never });
    // Any write would be an unmatched request, reported in the outcome as a failed step.
    expect(webhookOutcome(lines)).toEqual({
      home: "Codertocat/Hello-World",
      status: "failed",
      detail: `config problems: ${problems[0]}`,
    });
  });

  it("closes the issue with thanks once the file reads cleanly", async () => {
    let commentBody = "";
    expectHomePass({
      repo: "Codertocat/Hello-World",
      config: "course:\n  weeks: 12\n  start_date: 2025-09-30\n",
      issues: [problemIssue(7, ["course.weeks: must be at least 1, found number 0"])],
    })
      .post(`${REPO}/issues/7/comments`, (body) => {
        commentBody = body.body;
        return true;
      })
      .reply(201, { id: 70 })
      // One comment after closing, as this pass expects: nobody raced it, no look again.
      .patch(`${REPO}/issues/7`, { state: "closed", state_reason: "completed" })
      .reply(200, { number: 7, comments: 1 });
    const { log, lines } = captureLogger();
    // The day after the course started: its first weekly issue is not due, nothing else is.
    await testProbot(log, () => new Date("2025-10-01T12:00:00Z")).receive({
      id: "3",
      name: "push",
      payload: configPush() as never,
    });
    expect(commentBody).toMatch(/reads cleanly now/);
    expect(readMarker(commentBody)).toEqual({ kind: "config-fixed" });
    expect(commentBody.endsWith('<!-- checkpoint:v1 {"kind":"config\\u002dfixed"} -->')).toBe(true);
    expect(webhookOutcome(lines)).toEqual({
      home: "Codertocat/Hello-World",
      status: "ok",
      detail: "config problems fixed",
      // Week 1 (Sep 29 – Oct 5) is posted Monday Oct 6 at 09:00 UTC.
      wakeAt: "2025-10-06T09:00:00Z",
    });
  });

  it("ignores pushes to other branches and pushes that leave the config alone", async () => {
    const branch = configPush();
    branch.ref = "refs/heads/feature";
    const untouched = webhookExample<PushPayload>(
      "push",
      (p) => p.ref === "refs/heads/master" && "installation" in p,
    );
    const { log, lines } = captureLogger();
    const probot = testProbot(log);
    // Nothing is mocked: any request (even the installation token) would fail the delivery.
    await probot.receive({ id: "4", name: "push", payload: branch as never });
    await probot.receive({ id: "5", name: "push", payload: untouched as never });
    expect(lines.join("")).not.toContain("reconciled");
    expect(webhookOutcome(lines)).toBeUndefined();
  });
});
