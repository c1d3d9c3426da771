import { describe, expect, it } from "vitest";
import { homeCandidate, type RepoSummary } from "../../../src/domain/schedule/home-candidate.js";

const repo = (
  name: string,
  pushedAt: string | null,
  extra: Partial<RepoSummary> = {},
): RepoSummary => ({
  owner: "ada",
  name,
  defaultBranch: "main",
  fork: false,
  archived: false,
  pushedAt,
  ...extra,
});

describe("homeCandidate", () => {
  it("prefers a repository named for learning over a more recent one", () => {
    const chosen = homeCandidate([
      repo("blog-api", "2025-11-20T10:00:00Z"),
      repo("django-learning-journey", "2025-10-01T10:00:00Z"),
    ]);
    expect(chosen?.name).toBe("django-learning-journey");
  });

  it("otherwise takes the most recently pushed, never a fork or an archived one", () => {
    const chosen = homeCandidate([
      repo("old", "2025-01-01T00:00:00Z"),
      repo("forked-notes", "2025-12-01T00:00:00Z", { fork: true }),
      repo("shelved", "2025-12-02T00:00:00Z", { archived: true }),
      repo("task-manager", "2025-11-01T00:00:00Z"),
      repo("empty", null),
    ]);
    expect(chosen?.name).toBe("task-manager");
  });

  it("has nothing to offer when every repository is a fork", () => {
    expect(homeCandidate([repo("x", null, { fork: true })])).toBeUndefined();
  });
});
