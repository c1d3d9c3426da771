import nock from "nock";
import { describe, expect, it } from "vitest";
import { fetchGitHubActivity } from "../../../src/github/activity/index.js";
import type { PullNode } from "../../../src/github/activity/query.js";
import { PULLS_QUERY } from "../../../src/github/activity/query.js";
import {
  API,
  NAME,
  OWNER,
  branch,
  client,
  expectActivityQuery,
  learner,
  lookbackStart,
  window,
} from "./answers.js";

function pull(
  number: number,
  author: string,
  dates: Partial<PullNode>,
  reviews: PullNode["reviews"] = { nodes: [] },
): PullNode {
  return {
    number,
    title: `PR ${number}`,
    url: `https://github.com/ada/blog/pull/${number}`,
    createdAt: "2025-11-01T00:00:00Z",
    mergedAt: null,
    updatedAt: "2025-11-25T00:00:00Z",
    author: { login: author },
    reviews,
    ...dates,
  };
}

const review = (submittedAt: string | null, state: string) => ({
  submittedAt,
  state,
  url: `https://github.com/ada/blog/pull/4#review-${state}`,
  author: { login: "ada" },
});

describe("the learner's pull requests and reviews", () => {
  it("keeps those of the window, paging while the last one was updated in or after it", async () => {
    expectActivityQuery({
      branches: [branch("main", "tip", [])],
      pulls: [
        pull(7, "ada", { createdAt: "2025-11-20T10:00:00+01:00" }),
        // Merged in the week though opened before it.
        pull(5, "Ada", { mergedAt: "2025-11-18T09:00:00Z", updatedAt: "2025-11-18T09:00:00Z" }),
      ],
      pullsCursor: "pulls-20",
    });
    nock(API)
      .post("/graphql", {
        query: PULLS_QUERY,
        variables: { owner: OWNER, name: NAME, login: "ada", after: "pulls-20" },
      })
      .reply(200, {
        data: {
          repository: {
            pullRequests: {
              // More pages exist, but the last of this one was updated before the week: stop.
              pageInfo: { hasNextPage: true, endCursor: "pulls-40" },
              nodes: [
                pull(
                  4,
                  "grace",
                  { updatedAt: "2025-11-17T08:00:00Z" },
                  {
                    nodes: [
                      review("2025-11-17T07:00:00Z", "APPROVED"),
                      review(null, "PENDING"),
                      review("2025-11-16T23:59:59Z", "COMMENTED"),
                    ],
                  },
                ),
                pull(3, "ada", {
                  createdAt: "2025-11-10T00:00:00Z",
                  mergedAt: "2025-11-11T00:00:00Z",
                  updatedAt: "2025-11-16T00:00:00Z",
                }),
              ],
            },
          },
        },
      });
    const { octokit, count } = client();
    const activity = await fetchGitHubActivity({
      client: octokit,
      owner: OWNER,
      repo: NAME,
      window,
      lookbackStart,
      learner,
    });
    expect(activity.pulls).toEqual([
      {
        repo: "ada/blog",
        number: 7,
        title: "PR 7",
        authorLogin: "ada",
        createdAt: "2025-11-20T09:00:00Z",
        url: "https://github.com/ada/blog/pull/7",
      },
      {
        repo: "ada/blog",
        number: 5,
        title: "PR 5",
        authorLogin: "Ada",
        createdAt: "2025-11-01T00:00:00Z",
        mergedAt: "2025-11-18T09:00:00Z",
        url: "https://github.com/ada/blog/pull/5",
      },
    ]);
    // Only the approval falls in the week: the pending review has no date, the comment is a second early.
    expect(activity.reviews).toEqual([
      {
        repo: "ada/blog",
        pullNumber: 4,
        authorLogin: "ada",
        submittedAt: "2025-11-17T07:00:00Z",
        state: "APPROVED",
        url: "https://github.com/ada/blog/pull/4#review-APPROVED",
      },
    ]);
    expect(count.total).toBe(2);
  });
});
