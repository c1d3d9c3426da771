import type { Interval, LearnerIdentity, PullRequest, Review } from "../../domain/activity.js";
import { isoOfInstant } from "../../domain/week/time.js";
import type { RepoRef } from "../issues.js";
import type { GitHubClient } from "./client.js";
import { MAX_PAGES } from "./commits.js";
import { PULLS_QUERY } from "./query.js";
import type { Connection, PullNode } from "./query.js";

interface PullsParams {
  client: GitHubClient;
  ref: RepoRef;
  /** "owner/name" as GitHub spells it, written on each pull request and review. */
  fullName: string;
  window: Interval;
  learner: LearnerIdentity;
  /** The first page of pull requests, most recently updated first, as activityQuery returned it. */
  firstPage: Connection<PullNode>;
}

const inWindow = (value: string | null, window: Interval): value is string =>
  value !== null &&
  Date.parse(value) >= Date.parse(window.start) &&
  Date.parse(value) < Date.parse(window.end);

/**
 * The learner's pull requests created or merged in the window, and their reviews submitted
 * in it. Anything that happened in the window updated its pull request then or later, so
 * pages are followed only while the last one reaches back to the window's start.
 */
export async function pullsAndReviews(
  params: PullsParams,
): Promise<{ pulls: PullRequest[]; reviews: Review[] }> {
  const { client, ref, fullName: repo, window, learner } = params;
  const isLearner = (login: string | undefined) =>
    login?.toLowerCase() === learner.login.toLowerCase();
  const pulls: PullRequest[] = [];
  const reviews: Review[] = [];
  let page = params.firstPage;
  for (let count = 1; ; count += 1) {
    for (const node of page.nodes) {
      if (
        isLearner(node.author?.login) &&
        [node.createdAt, node.mergedAt].some((t) => inWindow(t, window))
      ) {
        pulls.push({
          repo,
          number: node.number,
          title: node.title,
          authorLogin: node.author?.login ?? learner.login,
          createdAt: isoOfInstant(node.createdAt),
          ...(node.mergedAt ? { mergedAt: isoOfInstant(node.mergedAt) } : {}),
          url: node.url,
        });
      }
      for (const review of node.reviews?.nodes ?? []) {
        if (!isLearner(review.author?.login) || review.state === "PENDING") continue;
        if (!inWindow(review.submittedAt, window)) continue;
        reviews.push({
          repo,
          pullNumber: node.number,
          authorLogin: review.author?.login ?? learner.login,
          submittedAt: isoOfInstant(review.submittedAt),
          state: review.state,
          url: review.url,
        });
      }
    }
    const last = page.nodes[page.nodes.length - 1];
    if (
      !page.pageInfo.hasNextPage ||
      !last ||
      Date.parse(last.updatedAt) < Date.parse(window.start)
    ) {
      return { pulls, reviews };
    }
    if (count >= MAX_PAGES) {
      throw new Error(
        `${repo} has more than ${count} pages of pull requests updated since the week began`,
      );
    }
    const data = await client.graphql<{ repository: { pullRequests: Connection<PullNode> } }>(
      PULLS_QUERY,
      { owner: ref.owner, name: ref.repo, login: learner.login, after: page.pageInfo.endCursor },
    );
    page = data.repository.pullRequests;
  }
}
