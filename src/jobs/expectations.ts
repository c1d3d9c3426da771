import type { ProbotOctokit } from "probot";
import { DEFAULT_EXPECTATIONS, type CheckpointConfig } from "../config/schema.js";
import { MAX_DOCUMENT_CHARS, parseExpectations, tooLong } from "../domain/expectations/parse.js";
import type { ExpectationDocument } from "../domain/expectations/types.js";
import { readRepoFile } from "../github/contents.js";
import { resolveStartDate } from "../domain/schedule/course-start.js";
import type { Home, HomeFiles } from "./learner-pass.js";

export interface LoadedExpectations {
  /** The parsed document; absent when there is none to read. */
  document?: ExpectationDocument;
  /** What keeps its goals from being used, told to the learner where they will see it. */
  problem?: string;
  /** The document on GitHub, for the reviews to link to. */
  url: string;
  /** Something the learner should know while the goals are used: the document was too long to read whole. */
  note?: string;
}

/**
 * The learner's expectation document from their home repository. A missing or goal-less
 * document is a problem to tell the learner, never a failure: the weekly issues go on.
 */
export async function loadExpectations(params: {
  octokit: ProbotOctokit;
  home: Home;
  config: CheckpointConfig;
  /** Files read already: the document at its default path is used when the config keeps it. */
  read?: HomeFiles;
}): Promise<LoadedExpectations> {
  const { octokit, home, config, read } = params;
  const path = config.expectations;
  const url = `${home.serverUrl}/${home.owner}/${home.repo}/blob/${home.defaultBranch}/${path}`;
  const text =
    read && path === DEFAULT_EXPECTATIONS
      ? (read.expectations ?? undefined)
      : await readRepoFile(octokit, { owner: home.owner, repo: home.repo, path });
  return expectationsFrom(text, path, url);
}

/** The expectation document read from its text (undefined when the file is missing). */
export function expectationsFrom(
  text: string | undefined,
  path: string,
  url: string,
): LoadedExpectations {
  if (text === undefined) {
    return {
      url,
      problem: `I couldn't find your expectation document, \`${path}\`, in this repository`,
    };
  }
  const document = parseExpectations(text);
  const cut = text.length > MAX_DOCUMENT_CHARS ? { note: tooLong(text.length) } : {};
  const goals = document.sections.reduce((sum, section) => sum + section.goals.length, 0);
  return goals > 0
    ? { url, document, ...cut }
    : {
        url,
        document,
        problem: `I couldn't find any goals in \`${path}\`: ${document.problems.join("; ")}`,
      };
}

/** The course start: from the config, else from the expectation document. */
export async function startDateOf(params: {
  octokit: ProbotOctokit;
  home: Home;
  config: CheckpointConfig;
  expectations?: () => Promise<LoadedExpectations>;
}): Promise<string | undefined> {
  const { config } = params;
  if (config.course.start_date) return config.course.start_date;
  const loaded = await (params.expectations ?? (() => loadExpectations(params)))();
  return resolveStartDate(config, loaded.document)?.date;
}
