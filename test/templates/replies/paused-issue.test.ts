import { describe, expect, it } from "vitest";
import { pausedIssue } from "../../../src/templates/replies/paused-issue.js";

describe("the paused issue", () => {
  it("says when it was paused in the learner's timezone, in UTC when none is known", () => {
    const since = "2025-11-26T10:30:00.000Z";
    // 10:30 UTC is 11:30 in Lagos (UTC+1).
    expect(pausedIssue({ login: "ada", since, timezone: "Africa/Lagos" }).body).toMatch(
      /^ada paused Checkpoint on Wednesday, Nov 26, 2025 at 11:30 \(Africa\/Lagos\)\./,
    );
    expect(pausedIssue({ login: "ada", since }).body).toMatch(
      /^ada paused Checkpoint on 2025-11-26 10:30 UTC\./,
    );
  });
});
