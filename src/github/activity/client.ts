import type { Octokit } from "@octokit/core";

/** The part of Octokit the GitHub activity source uses; Probot's and @octokit/rest's clients fit. */
export type GitHubClient = Pick<Octokit, "request" | "graphql">;
