import nock from "nock";
import { describe, expect, it } from "vitest";
import { renderMarker } from "../../src/domain/marker.js";
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
const RAW = { "content-type": "text/plain; charset=utf-8" };

/** The installation token, then the repositories the installation sees: just this one. */
function github() {
  return nock("https://api.github.com")
    .post(/\/app\/installations\/\d+\/access_tokens/)
    .reply(201, { token: "ghs_test", permissions: { issues: "write", contents: "read" } })
    .get("/installation/repositories")
    .query(true)
    .reply(200, {
      total_count: 1,
      repositories: [
        {
          name: "Hello-World",
          full_name: "Codertocat/Hello-World",
          owner: { login: "Codertocat" },
          default_branch: "master",
          archived: false,
          html_url: "https://github.com/Codertocat/Hello-World",
        },
      ],
    });
}

function problemIssue(number: number, problems: string[]) {
  return {
    number,
    state: "open",
    title: "Checkpoint can't read .github/checkpoint.yml",
    body: `…\n${renderMarker({ kind: "config-problems", problems })}`,
    html_url: `https://github.com/Codertocat/Hello-World/issues/${number}`,
    user: { login: "checkpoint[bot]", type: "Bot" },
  };
}

describe("a push that changes .github/checkpoint.yml", () => {
  it("opens one issue naming each invalid field", async () => {
    let created: { title: string; body: string; labels: string[] } | undefined;
    const scope = github()
      .get(`${REPO}/contents/.github%2Fcheckpoint.yml`)
      .reply(200, "course:\n  timezone: Lagos\n  weeks: 0\n", RAW)
      .get(`${REPO}/issues`)
      .query({ state: "all", labels: "checkpoint", per_page: "100" })
      .reply(200, [])
      .post(`${REPO}/labels`, (body) => body.name === "checkpoint" && body.color === "0E8A16")
      .reply(201, {})
      .post(`${REPO}/issues`, (body) => {
        created = body;
        return true;
      })
      .reply(201, { number: 7, html_url: "https://github.com/Codertocat/Hello-World/issues/7" })
      .get(`${REPO}/issues`)
      .query({ state: "all", labels: "checkpoint", per_page: "100" })
      .reply(200, [problemIssue(7, ["x"])]);

    await testProbot().receive({ id: "1", name: "push", payload: configPush("added") as never });

    expect(scope.isDone()).toBe(true);
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
    expect(created?.body).toMatch(/<!-- checkpoint:v1 \{"kind":"config-problems","problems":\[/);
  });

  it("does not post again when the same problems are pushed again", async () => {
    const problems = ["course.weeks: must be at least 1, found number 0"];
    github()
      .get(`${REPO}/contents/.github%2Fcheckpoint.yml`)
      .reply(200, "course:\n  weeks: 0\n", RAW)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [problemIssue(7, problems)]);
    // Any write would be an unmatched request and fail the delivery.
    await testProbot().receive({ id: "2", name: "push", payload: configPush() as never });
  });

  it("closes the issue with thanks once the file reads cleanly", async () => {
    let commentBody = "";
    github()
      .get(`${REPO}/contents/.github%2Fcheckpoint.yml`)
      // A course long over by the time this test runs: nothing else is due.
      .reply(200, "course:\n  weeks: 12\n  start_date: 2025-09-30\n", RAW)
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [problemIssue(7, ["course.weeks: must be at least 1, found number 0"])])
      .post(`${REPO}/issues/7/comments`, (body) => {
        commentBody = body.body;
        return true;
      })
      .reply(201, {})
      .patch(`${REPO}/issues/7`, { state: "closed", state_reason: "completed" })
      .reply(200, {});
    await testProbot().receive({ id: "3", name: "push", payload: configPush() as never });
    expect(commentBody).toMatch(/reads cleanly now/);
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
    await probot.receive({ id: "4", name: "push", payload: branch as never });
    await probot.receive({ id: "5", name: "push", payload: untouched as never });
    expect(lines.join("")).not.toContain("checked pushed config");
  });
});
