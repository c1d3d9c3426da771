import { describe, expect, it } from "vitest";
import {
  isVagueMessage,
  isVeryLargeCommit,
  measureMessages,
  VAGUE_MESSAGE_RULE,
  VERY_LARGE_COMMIT_RULE,
} from "../../../src/domain/measures/commit-messages.js";
import type { CommitEvidence } from "../../../src/domain/measures/evidence.js";

describe("isVagueMessage", () => {
  it.each([
    ["update", true],
    ["Update", true],
    ["fix.", true],
    ["WIP!!!", true],
    [".", true], // nothing left after punctuation
    ["", true],
    ["   ", true],
    ["#12", true], // only an issue reference
    ["fix #12", true],
    ["Fixes owner/repo#7", true],
    ["minor fixes", true],
    ["minor-fixes", true], // punctuation separates words
    ["more changes", true],
    ["test commit", true],
    ["update\n\nA long body does not rescue a vague first line.", true],
    ["Initial commit", false],
    ["first commit", false],
    ["update stuff again", false], // three words: the rule looks at fewer than three
    ["Update README.md", false], // names what changed
    ["fix typo", false], // "typo" says what was fixed
    ["refactor", false], // one word, but not from the list
    ["Add Post model and initial migration", false],
    ["Write tests for Post model", false],
  ])("%j → %s", (message, expected) => {
    expect(isVagueMessage(message)).toBe(expected);
  });
});

describe("isVeryLargeCommit", () => {
  it.each([
    [{ additions: 600, deletions: 400, changedFiles: 50 }, false], // exactly 1000 lines, 50 files
    [{ additions: 600, deletions: 401, changedFiles: 3 }, true],
    [{ additions: 10, deletions: 0, changedFiles: 51 }, true],
    [{ additions: 0, deletions: 0, changedFiles: 0 }, false],
  ])("%j → %s", (size, expected) => {
    expect(isVeryLargeCommit(size)).toBe(expected);
  });
});

describe("measureMessages", () => {
  const commit = (sha: string, subject: string, additions: number): CommitEvidence => ({
    kind: "commit",
    repo: "cosmas/blog-api",
    sha,
    url: `https://github.com/cosmas/blog-api/commit/${sha}`,
    authoredAt: "2025-11-18T10:00:00Z",
    date: "2025-11-18",
    subject,
    additions,
    deletions: 0,
    changedFiles: 1,
  });

  it("flags each commit with its sha and url", () => {
    const result = measureMessages([
      commit("aaa", "wip", 5),
      commit("bbb", "Add seed data for posts", 1500),
      commit("ccc", "Add comment form", 40),
    ]);
    expect(result.vague.map((flagged) => [flagged.sha, flagged.url])).toEqual([
      ["aaa", "https://github.com/cosmas/blog-api/commit/aaa"],
    ]);
    expect(result.veryLarge.map((flagged) => flagged.sha)).toEqual(["bbb"]);
  });
});

it("states both rules in words an issue can quote", () => {
  expect(VAGUE_MESSAGE_RULE).toContain("fewer than three words");
  expect(VAGUE_MESSAGE_RULE).toContain("update, updates, updated, fix");
  expect(VERY_LARGE_COMMIT_RULE).toBe(
    "A commit is very large when its added plus deleted lines exceed 1000 or it changes more " +
      "than 50 files. Merge commits are not judged.",
  );
});
