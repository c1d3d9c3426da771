import { afterEach, describe, expect, it } from "vitest";
import { writesOf } from "../stand-in/count.js";
import { startGitHubStandIn, type GitHubStandIn } from "../stand-in/server.js";
import { buildWorld, WEEK8_DUE } from "../stand-in/world/index.js";
import { CONFIG_PATH } from "../../src/config/schema.js";
import { main } from "../../src/cli/main.js";
import { appEnv, runCheckpoint } from "../helpers/processes.js";

/*
 * `checkpoint run` as a user starts it, with only the app's environment, talking over HTTP
 * to a local GitHub Enterprise Server (no nock): once through the command line's entry point
 * in this process, once as a process of its own (its exit code, .env and stdout as a shell
 * sees them). The world: Ada and Grace,
 * one installation each, a home `<login>/learning` and three code repositories; the course
 * started Tue 2025-09-30 in Africa/Lagos and week 7's issue (#1) is still open.
 *
 * By hand: week 1 is the Monday-to-Sunday week holding Sep 30, Mon Sep 29 – Sun Oct 5, so
 * week 8 starts 49 days later, Mon Nov 17, and ends Sun Nov 23; its issue is due Mon Nov 24
 * 09:00 in Lagos (UTC+1), 08:00 UTC: the instant given to --at. Week 7 (#1) is then past.
 */

const WEEK8_TITLE = "Week 8 · Nov 17 – Nov 23, 2025";
const DUE_LINE = (login: string) =>
  `${login}/learning: ok (would open "${WEEK8_TITLE}"; would close #1 (week 7))`;

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** What `checkpoint <args>` prints and its exit code, with only the app's environment. */
async function runCli(args: string[], host: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    env: { ...appEnv(host), LOG_LEVEL: "silent" },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/** The same, as a process of its own. */
function runCliProcess(args: string[], host: string) {
  return runCheckpoint(args, { ...appEnv(host), LOG_LEVEL: "silent" }, { timeoutMs: 20_000 });
}

describe("checkpoint run --dry-run against a GitHub Enterprise Server", () => {
  it("prints what it would do for each learner, exits 0 and writes nothing", async () => {
    standIn = await startGitHubStandIn({
      world: buildWorld({ logins: ["ada", "grace"], reposEach: 3 }),
    });

    const result = await runCli(["run", "--at", WEEK8_DUE, "--dry-run"], standIn.host);

    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      DUE_LINE("ada"),
      DUE_LINE("grace"),
      "2 learners, dry run: nothing written",
    ]);
    expect(result.code).toBe(0);
    // Every request went under /api/v3 or /api/graphql and was one GitHub knows.
    expect(standIn.requests.length).toBeGreaterThan(0);
    expect(standIn.requests.filter((request) => !request.enterprise)).toEqual([]);
    expect(standIn.requests.filter((request) => request.route.startsWith("unmatched"))).toEqual([]);
    expect(writesOf(standIn.requests)).toEqual([]);
    // Both weeks were measured (per installation, one GraphQL query for every repository's
    // config and one for the three code repositories' weeks, 2 × 2; the feature branch that
    // moved in each active one is merged into main, so main's history holds its commits) yet
    // nothing changed. No file was read over REST: the configs and expectation documents
    // came with the first query.
    const operations = standIn.requests.flatMap((r) => (r.operation ? [r.operation] : []));
    expect(operations.sort()).toEqual([
      ...Array<string>(2).fill("CheckpointActivity"),
      ...Array<string>(2).fill("CheckpointFiles"),
    ]);
    expect(standIn.requests.filter((r) => r.route.includes("/contents/"))).toEqual([]);
    // Ada replied to week 7 and Grace did not: still so, and #1 still open, in each home.
    const homes = ["ada/learning", "grace/learning"].map((repo) =>
      standIn?.state.repos
        .get(repo)
        ?.issues.map((issue) => [issue.number, issue.state, issue.comments.length]),
    );
    // Ada's week 7 holds her reply and Checkpoint's summary of it; Grace's has no comment.
    expect(homes).toEqual([[[1, "open", 2]], [[1, "open", 0]]]);
  });

  it("reports a learner's config problem by field, goes on with the other, and exits 1", async () => {
    const world = buildWorld({ logins: ["ada", "grace"], reposEach: 3 });
    const grace = world[1];
    if (!grace) throw new Error("the world has no second learner");
    grace.home.files[CONFIG_PATH] =
      "learner:\n  login: grace\ncourse:\n  start_date: 2025-09-30\n  timezone: Mars/Base\nrepositories: all\n";
    standIn = await startGitHubStandIn({ world });

    const result = await runCliProcess(["run", "--at", WEEK8_DUE, "--dry-run"], standIn.host);

    expect(result.stdout.trimEnd().split("\n")).toEqual([
      DUE_LINE("ada"),
      'grace/learning: failed (config problems: course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Mars/Base")',
      "2 learners, dry run: nothing written",
    ]);
    expect(result.code).toBe(1);
    expect(writesOf(standIn.requests)).toEqual([]);
    // Grace's repositories were never measured: past each installation's one query for the
    // configs, only Ada's three were queried, in one request (their feature branches are
    // merged into main).
    const measured = standIn.requests.filter(
      (r) => r.operation !== undefined && r.operation !== "CheckpointFiles",
    );
    expect(measured.map((request) => request.learner)).toEqual(["ada"]);
  });
});
