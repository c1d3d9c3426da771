import { Octokit } from "@octokit/rest";
import { afterEach, describe, expect, it } from "vitest";
import { fetchGitHubActivities } from "../../../src/github/activity/index.js";
import { readRepoFiles } from "../../../src/github/file-texts.js";
import type { RepoRef } from "../../../src/github/issues.js";
import { startGitHubStandIn, type GitHubStandIn } from "../../stand-in/server.js";
import { buildWorld, LOOKBACK_START, WINDOW, type BenchRepo } from "../../stand-in/world/index.js";

/*
 * A learner's week in many repositories at once, against the GitHub stand-in over HTTP (it
 * answers each aliased repository of a query on its own). The world's learner has 32 code
 * repositories: every third idle, the others with a feature branch that moved in the week,
 * merged into main and then given one more commit that only its history holds.
 */

/** Adds to an active repository's feature branch a commit main does not hold; its sha. */
function unmergedCommit(repo: BenchRepo): string | undefined {
  const feature = repo.branches.find((branch) => branch.name === "feature");
  const tip = feature?.target.history.nodes[0];
  if (!feature || !tip) return undefined;
  const oid = `${repo.owner}-${repo.name}-unmerged`;
  const commit = {
    ...tip,
    oid,
    message: "Start the comments",
    authoredDate: "2025-11-18T21:30:00Z",
    parents: { totalCount: 1, nodes: [{ oid: tip.oid }] },
  };
  const { history } = feature.target;
  feature.target = { oid, history: { ...history, nodes: [commit, ...history.nodes] } };
  // The feature's line of work now ends one commit later: compared from the same base.
  const base = `${repo.owner}-${repo.name}-p0`;
  repo.compares.set(`${base}...${oid}`, repo.compares.get(`${base}...${tip.oid}`) ?? []);
  return oid;
}

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe("the GitHub activity source over many repositories", () => {
  it("asks for every moved branch's history across repositories, twenty to a request", async () => {
    const [ada] = buildWorld({ logins: ["ada"], reposEach: 32 });
    if (!ada) throw new Error("no learner");
    const unmerged = ada.repos.map(unmergedCommit);
    standIn = await startGitHubStandIn({ world: [ada] });
    const client = new Octokit({ baseUrl: standIn.baseUrl, auth: standIn.tokenFor(ada) });

    const activities = await fetchGitHubActivities({
      client,
      repos: ada.repos.map((repo) => ({ owner: repo.owner, repo: repo.name })),
      window: WINDOW,
      lookbackStart: LOOKBACK_START,
      learner: { login: ada.login, emails: ada.emails },
    });

    // 32 repositories, ten to an activity query: 4 queries. Branches other than main that
    // moved: one in each active repository, 22 of the 32 (idle: project2, project5, …
    // project29, 10 of them), so two requests for their histories, 20 and 2, the first
    // spanning 20 repositories.
    const moved = ada.repos.filter((repo) => repo.branches.length > 1 && repo.kind !== "idle");
    expect(moved).toHaveLength(22);
    const operations = standIn.requests.flatMap((r) => (r.operation ? [r.operation] : []));
    expect(operations).toEqual([
      ...Array<string>(4).fill("CheckpointActivity"),
      ...Array<string>(2).fill("CheckpointBranchHistories"),
    ]);
    // Each repository's week holds its own commits, its feature branch's unmerged one among
    // them, and no other repository's: as many as the world says (11, and 1 unmerged).
    expect(activities.map((activity) => activity.repo)).toEqual(
      ada.repos.map((repo) => `${repo.owner}/${repo.name}`),
    );
    for (const [i, repo] of ada.repos.entries()) {
      const own = new Set(repo.branches.flatMap((b) => b.target.history.nodes.map((n) => n.oid)));
      const commits = activities[i]?.commits ?? [];
      expect(commits).toHaveLength(repo.kind === "idle" ? 0 : 12);
      expect(commits.filter((commit) => !own.has(commit.sha))).toEqual([]);
      if (repo.kind !== "idle") expect(commits.map((c) => c.sha)).toContain(unmerged[i]);
    }
  });

  it("takes the weeks read early with the files where asked alike, and asks the rest", async () => {
    const [ada] = buildWorld({ logins: ["ada"], reposEach: 32 });
    if (!ada) throw new Error("no learner");
    standIn = await startGitHubStandIn({ world: [ada] });
    const client = new Octokit({ baseUrl: standIn.baseUrl, auth: standIn.tokenFor(ada) });
    const repos = ada.repos.map((repo) => ({ owner: repo.owner, repo: repo.name }));
    const week = {
      client,
      repos,
      window: WINDOW,
      lookbackStart: LOOKBACK_START,
      learner: { login: ada.login, emails: ada.emails },
    };
    const variables = { since: LOOKBACK_START, until: WINDOW.end, login: ada.login };
    // The first ten repositories' weeks, read with the home's files.
    const { weeks } = await readRepoFiles(
      client,
      [repos[0] as RepoRef],
      [".github/checkpoint.yml"],
      {
        weeks: { repos: repos.slice(0, 10), variables },
      },
    );
    const alone = await fetchGitHubActivities(week);
    const start = standIn.requests.length;
    const early = await fetchGitHubActivities({ ...week, prefetched: weeks });
    const operations = (from: number) =>
      standIn?.requests.slice(from).flatMap((r) => (r.operation ? [r.operation] : []));
    // 22 repositories left, ten to a query: 3 queries instead of 4 (their feature branches
    // are merged into main, so no history beyond main's is asked).
    expect(operations(start)).toEqual(Array<string>(3).fill("CheckpointActivity"));
    expect(early).toEqual(alone);

    // Read up to another instant: not this week's answers, all asked again.
    const later = standIn.requests.length;
    const until = "2025-11-25T00:00:00Z";
    await fetchGitHubActivities({ ...week, committedUntil: until, prefetched: weeks });
    expect(operations(later)?.filter((name) => name === "CheckpointActivity")).toHaveLength(4);
  });
});
