import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { pausedIssue } from "../../../src/templates/replies/paused-issue.js";

describe("the paused issue", () => {
  it("explains what stops and the two ways to start again", () => {
    const issue = pausedIssue({
      login: "cosmas-o",
      reason: "exams",
      since: "2025-11-26T10:05:00Z",
    });
    expect(issue.title).toBe("Checkpoint is paused");
    expect(issue.body.split("\n")).toEqual([
      "cosmas-o paused Checkpoint on 2025-11-26 10:05 UTC. Reason: “exams”.",
      "",
      "While this issue is open, I won't open weekly issues or send reminders. Nothing is lost: your repositories keep their history, and the weekly issues so far stay as they are.",
      "",
      "To start again, comment `/checkpoint resume`, or simply close this issue. The next weekly issue then comes on its usual day.",
      "",
      '<!-- checkpoint:v1 {"kind":"paused","reason":"exams","since":"2025\\u002d11\\u002d26T10:05:00Z"} -->',
    ]);
  });

  it("keeps the reason as given in its marker and escaped in its text", () => {
    const issue = pausedIssue({
      login: "ada",
      reason: "<i>moving</i> --> @bob",
      since: "2025-12-01T00:00:00Z",
    });
    expect(issue.body.split("\n")[0]).toBe(
      "ada paused Checkpoint on 2025-12-01 00:00 UTC. Reason: “&lt;i\\>moving&lt;/i\\> --\\> @\u2060bob”.",
    );
    expect(readMarker(issue.body)).toEqual({
      kind: "paused",
      reason: "<i>moving</i> --> @bob",
      since: "2025-12-01T00:00:00Z",
    });
  });

  it("leaves the reason out when none was given", () => {
    const issue = pausedIssue({ login: "ada", since: "2025-12-01T00:00:00Z" });
    expect(issue.body.split("\n")[0]).toBe("ada paused Checkpoint on 2025-12-01 00:00 UTC.");
    expect(readMarker(issue.body)).toEqual({ kind: "paused", since: "2025-12-01T00:00:00Z" });
  });

  it("says when it was paused in the learner's timezone when the config names one", () => {
    // 10:30 UTC is 11:30 in Lagos (UTC+1).
    const issue = pausedIssue({
      login: "ada",
      since: "2025-11-26T10:30:00.000Z",
      timezone: "Africa/Lagos",
    });
    expect(issue.body.split("\n")[0]).toBe(
      "ada paused Checkpoint on Wednesday, Nov 26, 2025 at 11:30 (Africa/Lagos).",
    );
  });
});
