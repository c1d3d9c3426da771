import { readFileSync } from "node:fs";
import nock from "nock";
import { expectConfigTexts } from "../helpers/file-texts.js";
import { ledgerFields } from "../helpers/ledger-fields.js";
import { renderMarker, type Marker } from "../../src/domain/marker.js";
import { API, listedIssue } from "../helpers/github-issues.js";
import { activityQuery } from "../../src/github/activity/query.js";
import { activityData, branch, commitNode } from "../github/activity/answers.js";

/*
 * A learner's GitHub, as nock answers it: Ada's home repository `ada/learning` holds her
 * config, her code is in `ada/blog` (the answers reuse the activity tests' "ada/blog").
 * Her course started 2025-09-30 in Africa/Lagos (UTC+1, no DST), issues on Mondays 09:00,
 * so week 8 is Mon Nov 17 – Sun Nov 23, 2025: [2025-11-16T23:00Z, 2025-11-23T23:00Z),
 * posted 2025-11-24T08:00Z.
 */

export const HOME = "/repos/ada/learning";

export const CONFIG = `learner:
  login: ada
  name: Ada
course:
  start_date: 2025-09-30
  timezone: Africa/Lagos
repositories: [blog]
targets:
  commits: 5
`;

function repository(name: string) {
  return {
    name,
    full_name: `ada/${name}`,
    owner: { login: "ada", type: "User" },
    default_branch: "main",
    archived: false,
    html_url: `https://github.com/ada/${name}`,
  };
}

/** Our first user's expectation document, as written. */
const DOCUMENT = readFileSync("test/fixtures/EXPECTATIONS.md", "utf8");

/**
 * The installation sees the home repository and the blog; only the home has a config, and
 * its expectation document (our first user's unless given; null: none), read in one query
 * with each repository's ledger: Checkpoint's `issues` in the home, and the `comments` of
 * those open.
 */
export function expectDiscovery(
  world: {
    config?: string;
    expectations?: string | null;
    issues?: ReturnType<typeof issue>[];
    comments?: Record<number, ReturnType<typeof commentJson>[]>;
  } = {},
): nock.Scope {
  const { config = CONFIG, expectations = DOCUMENT } = world;
  const listing = nock(API)
    .get("/installation/repositories")
    .query(true)
    .reply(200, { total_count: 2, repositories: [repository("learning"), repository("blog")] });
  return expectConfigTexts(
    [
      expectations === null ? ["ada/learning", config] : ["ada/learning", config, expectations],
      ["ada/blog", null],
    ],
    listing,
    { "ada/learning": ledgerFields(world.issues ?? [], world.comments) },
  );
}

export interface IssueSpec {
  number: number;
  state?: "open" | "closed";
  stateReason?: string | null;
  comments?: number;
  marker: Record<string, unknown>;
  title?: string;
}

export function issue(spec: IssueSpec) {
  return listedIssue({
    repo: "ada/learning",
    number: spec.number,
    title: spec.title ?? `Week ${String(spec.marker.week)} · dates`,
    body: `…\n${renderMarker(spec.marker as Marker)}`,
    ...(spec.state ? { state: spec.state } : {}),
    stateReason: spec.stateReason ?? null,
    comments: spec.comments ?? 0,
    createdAt: "2025-11-17T08:00:05Z",
  });
}

/** A comment as GitHub lists it: by `login` (a person unless it is the bot). */
export function commentJson(
  id: number,
  body: string,
  login = "ada",
  createdAt = "2025-11-25T10:00:00Z",
) {
  const bot = login.endsWith("[bot]");
  return { id, body, user: { login, type: bot ? "Bot" : "User" }, created_at: createdAt };
}

/** Week 7's remembered figures, as its issue's marker carries them. */
export const WEEK7_FIGURES = {
  commits: 2,
  activeDays: 2,
  testFiles: 0,
  newTestCases: 0,
  newTestCasesComplete: true,
  docsChanges: 0,
  streakDays: 0,
  streakCapped: false,
};

// Ada's week 8 in ada/blog: Mon 19:10, Wed 20:30 and Sun 23:30 Lagos time.
const P0 = "a000000000000000000000000000000000000000";
const C1 = "c100000000000000000000000000000000000001";
const C2 = "c200000000000000000000000000000000000002";
const C3 = "c300000000000000000000000000000000000003";

/**
 * The one GraphQL query and one compare that measure week 8 in ada/blog, read at
 * `measuredAt` (histories are read up to that commit date; by default when week 8 is due).
 */
export function expectWeek8Activity(measuredAt = "2025-11-24T08:00:00Z"): nock.Scope {
  const nodes = [
    commitNode({ oid: C3, parents: [C2], at: "2025-11-23T22:30:00Z", message: "update" }),
    commitNode({
      oid: C2,
      parents: [C1],
      at: "2025-11-19T19:30:00Z",
      message: "Write tests for task views",
    }),
    commitNode({ oid: C1, parents: [P0], at: "2025-11-17T18:10:00Z", message: "Add Task model" }),
  ];
  return nock(API)
    .post("/graphql", {
      query: activityQuery(1),
      variables: {
        since: "2025-11-02T23:00:00Z",
        until: measuredAt,
        login: "ada",
        o0: "ada",
        n0: "blog",
      },
    })
    .reply(200, { data: activityData({ branches: [branch("main", C3, nodes)] }) })
    .get(`/repos/ada/blog/compare/${P0}...${C3}`)
    .query({ per_page: "1" })
    .reply(200, {
      files: [
        {
          filename: "tasks/models.py",
          status: "added",
          additions: 3,
          deletions: 0,
          patch:
            "@@ -0,0 +1,3 @@\n+from django.db import models\n+class Task(models.Model):\n+    pass",
        },
        {
          filename: "tasks/tests/test_views.py",
          status: "added",
          additions: 4,
          deletions: 0,
          patch:
            "@@ -0,0 +1,4 @@\n+class TaskViewTests(TestCase):\n+    def test_list(self):\n+        pass\n+    def test_detail(self):",
        },
        {
          filename: "README.md",
          status: "modified",
          additions: 2,
          deletions: 0,
          patch: "@@ -1 +1,3 @@\n # Blog\n+## Setup\n+pip install -r requirements.txt",
        },
      ],
    });
}
