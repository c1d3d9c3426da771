import { afterEach, describe, expect, it } from "vitest";
import { writesOf } from "../stand-in/count.js";
import { WEEK8_DUE } from "../stand-in/world/index.js";
import { CONFIG_PATH } from "../../src/config/schema.js";
import { readMarker } from "../../src/domain/marker.js";
import { BOT } from "../helpers/probot.js";
import { closeWorld, graceWorld, markersOf, scheduled } from "./world.js";

/*
 * Grace's home holds a config that names someone else: bob. Nothing about bob is measured or
 * posted until bob himself confirms, and nobody is @-mentioned meanwhile.
 */

afterEach(closeWorld);

async function bobsWorld() {
  const world = await graceWorld();
  const home = world.gh.state.repos.get("grace/learning");
  if (!home) throw new Error("no home");
  home.files[CONFIG_PATH] = (home.files[CONFIG_PATH] ?? "").replace("login: grace", "login: bob");
  return { ...world, home };
}

const comment = (id: number, login: string, body: string, at: string) => ({
  id,
  body,
  user: { login, type: "User" },
  created_at: at,
});

describe("a config that names someone other than the account", () => {
  it("asks that learner to confirm, without a mention, and posts nothing about them", async () => {
    const { gh, home, week7 } = await bobsWorld();
    const [, outcome] = await scheduled(gh, WEEK8_DUE);
    expect(outcome).toMatchObject({ status: "skipped", detail: "asked bob to confirm in #2" });
    const consent = home.issues.find((issue) => issue.number === 2);
    expect(consent?.title).toBe("Checkpoint is waiting for bob to confirm");
    expect(consent?.body).not.toMatch(/@bob/);
    expect(readMarker(consent?.body)).toEqual({ kind: "consent", login: "bob" });
    // Week 8 is not opened and week 7 is not summarised: both would show figures.
    expect(home.issues.map((issue) => issue.number)).toEqual([1, 2]);
    expect(week7.state).toBe("open");
    expect(week7.comments).toEqual([]);

    // Status before confirming says what is awaited, and no figure.
    const consentIssue = home.issues.find((issue) => issue.number === 2);
    consentIssue?.comments.push(comment(7000, "bob", "/checkpoint status", "2025-11-24T08:05:00Z"));
    await scheduled(gh, "2025-11-24T08:07:00Z");
    const answer = consentIssue?.comments.find((one) => one.user.login === BOT)?.body ?? "";
    expect(answer.split("\n")[0]).toBe(
      "Checkpoint is waiting for bob to confirm with `/checkpoint confirm` on the “Checkpoint is waiting for bob to confirm” issue. Until then nothing is measured or posted.",
    );

    // Asked once: the next pass writes nothing.
    const before = gh.requests.length;
    const [, again] = await scheduled(gh, "2025-11-24T09:07:00Z");
    expect(again).toMatchObject({ status: "skipped", detail: "waiting for bob to confirm" });
    expect(writesOf(gh.requests.slice(before))).toEqual([]);
  });

  it("goes on once the learner confirms, and counts only repositories they can push to", async () => {
    const { gh, home, week7 } = await bobsWorld();
    await scheduled(gh, WEEK8_DUE);
    const consent = home.issues.find((issue) => issue.number === 2);
    // A collaborator cannot confirm for bob; bob can.
    consent?.comments.push(
      comment(7001, "grace", "/checkpoint confirm", "2025-11-24T08:30:00Z"),
      comment(7002, "bob", "/checkpoint confirm", "2025-11-24T08:31:00Z"),
    );
    gh.state.now = () => new Date("2025-11-24T09:07:01Z");
    const before = gh.requests.length;
    const asked: string[] = [];
    const [, outcome] = await scheduled(gh, "2025-11-24T09:07:00Z", async (_octokit, params) => {
      asked.push(`${params.login} on ${params.owner}/${params.repo}`);
      return params.login === "grace";
    });
    expect(outcome?.status).toBe("ok");
    expect(markersOf(consent, "command-reply")).toEqual([
      { kind: "command-reply", command: "not-permitted", comment: 7001 },
      { kind: "command-reply", command: "confirm", comment: 7002, login: "bob" },
    ]);
    expect(consent?.state).toBe("closed");
    // Week 8 opens; bob cannot push to grace's code repository, so it is not measured.
    const week8 = home.issues.find(
      (issue) => readMarker(issue.body)?.kind === "weekly" && issue.number !== 1,
    );
    expect(readMarker(week8?.body)).toMatchObject({
      kind: "weekly",
      week: 8,
      figures: { commits: 0 },
    });
    expect(asked).toContain("bob on grace/project0");
    const measured = gh.requests
      .slice(before)
      .filter((request) => request.route === "POST /graphql")
      .map((request) => request.repo);
    expect(measured).not.toContain("grace/project0");
    expect(week7.state).toBe("closed");
    expect(week7.comments.filter((one) => one.user.login === BOT)).toHaveLength(1);
  });
});

describe("consent that is not the learner's own new comment", () => {
  it("is not taken: an edited comment, or an answer someone edited to say so", async () => {
    const { gh, home, week7 } = await bobsWorld();
    await scheduled(gh, WEEK8_DUE);
    const consent = home.issues.find((issue) => issue.number === 2);
    // Someone with write access edits bob's old "no thanks" into a confirmation…
    consent?.comments.push({
      ...comment(7101, "bob", "/checkpoint confirm", "2025-11-24T08:30:00Z"),
      updated_at: "2025-11-24T08:40:00Z",
    });
    // …and a comment of Checkpoint's into a confirmation answer.
    consent?.comments.push({
      id: 7102,
      body: '<!-- checkpoint:v1 {"kind":"command-reply","command":"confirm","comment":1,"login":"bob"} -->',
      user: { login: BOT, type: "Bot" },
      created_at: "2025-11-24T08:31:00Z",
      updated_at: "2025-11-24T08:41:00Z",
    });
    gh.state.now = () => new Date("2025-11-24T09:07:01Z");
    const [, outcome] = await scheduled(gh, "2025-11-24T09:07:00Z", async () => true);
    expect(outcome).toMatchObject({ status: "skipped" });
    expect(outcome?.detail).toContain("an edited confirmation from bob not taken");
    expect(consent?.state).toBe("open");
    expect(week7.comments).toEqual([]);
  });
});
