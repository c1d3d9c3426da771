import { schema as github } from "@octokit/graphql-schema";
import { buildClientSchema, parse, validate, type IntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { graphqlPoints, graphqlRequests } from "../stand-in/points.js";
import {
  activityQuery,
  BRANCHES_QUERY,
  HISTORY_QUERY,
  movedHistoriesQuery,
  PULLS_QUERY,
} from "../../src/github/activity/query.js";
import { fileTextsQuery, REPOS_PER_QUERY } from "../../src/github/file-texts.js";

// GitHub's published GraphQL schema (@octokit/graphql-schema): every query the app sends is one GitHub accepts.
const schema = buildClientSchema(github.json as unknown as IntrospectionQuery);

const QUERIES = {
  "activityQuery(1)": activityQuery(1),
  "activityQuery(10)": activityQuery(10),
  BRANCHES_QUERY,
  HISTORY_QUERY,
  PULLS_QUERY,
  "movedHistoriesQuery([1])": movedHistoriesQuery([1]),
  "movedHistoriesQuery([4, 1, 5])": movedHistoriesQuery([4, 1, 5]),
  "fileTextsQuery(1)": fileTextsQuery(1, [".github/checkpoint.yml"]),
  "fileTextsQuery(50)": fileTextsQuery(REPOS_PER_QUERY, [".github/checkpoint.yml"]),
  "fileTextsQuery(3) with ledgers": fileTextsQuery(3, [".github/checkpoint.yml"], true),
  "fileTextsQuery(3) with ledgers and 3 weeks": fileTextsQuery(
    3,
    [".github/checkpoint.yml"],
    true,
    3,
  ),
};

describe("the GraphQL the app sends", () => {
  it.each(Object.entries(QUERIES))("%s is valid against GitHub's schema", (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it("costs what GitHub's formula says, worked out by hand", () => {
    // refs 1, the default branch's history 1, its parents 50 (one per commit), pull
    // requests 1, their reviews 10 (one per pull request): 63 requests, 1 point.
    expect(graphqlRequests(activityQuery(1))).toBe(63);
    expect(graphqlPoints(activityQuery(1))).toBe(1);
    // Three repositories in one request: 189 requests, 1.89 rounded to 2 points; ten, 630
    // requests and 6 points.
    expect(graphqlRequests(activityQuery(3))).toBe(189);
    expect(graphqlPoints(activityQuery(3))).toBe(2);
    expect(graphqlPoints(activityQuery(10))).toBe(6);
    // Per branch: history 1 and parents 50; ten branches in three repositories, 510
    // requests, 5 points (repositories are objects, not connections).
    expect(graphqlRequests(movedHistoriesQuery([4, 1, 5]))).toBe(510);
    expect(graphqlPoints(movedHistoriesQuery([4, 1, 5]))).toBe(5);
    // Branch tips alone: one request, the minimum of 1 point.
    expect(graphqlPoints(BRANCHES_QUERY)).toBe(1);
    // Fifty repositories' config files: objects, no connection, so the minimum of 1 point.
    expect(graphqlPoints(fileTextsQuery(REPOS_PER_QUERY, [".github/checkpoint.yml"]))).toBe(1);
    // With each repository's ledger: its issues 1, the labelled ones 1, the open labelled
    // ones 1 and their comments 20 (one per issue): 23 requests a repository. Three
    // repositories, 69 requests and the minimum of 1 point; ten, 230 requests and 2 points.
    expect(graphqlRequests(fileTextsQuery(3, [".github/checkpoint.yml"], true))).toBe(69);
    expect(graphqlPoints(fileTextsQuery(3, [".github/checkpoint.yml"], true))).toBe(1);
    expect(graphqlPoints(fileTextsQuery(10, [".github/checkpoint.yml"], true))).toBe(2);
    // And three repositories' weeks (63 requests each, as activityQuery): 69 + 189 = 258
    // requests, 3 points, as the files and the week asked apart (1 + 2).
    expect(graphqlRequests(fileTextsQuery(3, [".github/checkpoint.yml"], true, 3))).toBe(258);
    expect(graphqlPoints(fileTextsQuery(3, [".github/checkpoint.yml"], true, 3))).toBe(3);
  });

  it("would have cost 101 points per repository with every branch's history in one query", () => {
    const everyHistory = `query { repository(owner: "a", name: "b") { refs(refPrefix: "refs/heads/", first: 100) {
      nodes { target { ... on Commit { history(first: 100) { nodes { parents(first: 2) { totalCount } } } } } } } } }`;
    expect(graphqlRequests(everyHistory)).toBe(1 + 100 + 10_000);
    expect(graphqlPoints(everyHistory)).toBe(101);
  });
});
