import type { ProbotOctokit } from "probot";
import type { RepoRef } from "./issues.js";

/** A file's text on the default branch, or undefined when there is no such file. */
export async function readRepoFile(
  octokit: ProbotOctokit,
  params: RepoRef & { path: string },
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      ...params,
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? data : undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
