import { afterEach, describe, expect, it } from "vitest";
import { writesOf } from "../stand-in/count.js";
import { commentDelivery } from "../stand-in/world/deliveries.js";
import { WEEK8_DUE } from "../stand-in/world/index.js";
import { readMarker } from "../../src/domain/marker.js";
import type { Timer } from "../../src/handlers/retries.js";
import { BOT } from "../helpers/probot.js";
import {
  closeWorld,
  COMMENTS,
  DURING_WEEK_8,
  graceWorld,
  graceWrites,
  markersOf,
  process,
  scheduled,
} from "./world.js";

/*
 * What a real deployment meets, against one GitHub stand-in whose state every "process"
 * shares: deliveries at once, a failed write, a locked issue, a learner's edits.
 */

afterEach(closeWorld);

const REPLY = "## Summary\nViews done.\n\n## Next steps\n- Deploy to Render";

describe("a reply and a /checkpoint skip delivered at once to two processes", () => {
  it("both count: one summary, one answer, and the week closes completed and excused", async () => {
    const { grace, week7, gh } = await graceWorld();
    const reply = graceWrites(gh, grace, REPLY);
    const skip = graceWrites(gh, grace, "/checkpoint skip travelling");
    await Promise.all([
      process(gh).receive(commentDelivery(grace, week7, reply)),
      process(gh).receive(commentDelivery(grace, week7, skip)),
    ]);
    expect(markersOf(week7, "reply-summary")).toEqual([
      {
        kind: "reply-summary",
        week: 7,
        nextSteps: ["Deploy to Render"],
        sections: ["summary", "nextSteps"],
      },
    ]);
    expect(markersOf(week7, "command-reply")).toEqual([
      { kind: "command-reply", command: "skip", comment: skip.id, week: 7, reason: "travelling" },
    ]);

    await scheduled(gh, WEEK8_DUE);
    expect([week7.state, week7.state_reason]).toEqual(["closed", "completed"]);
    const week8 = gh.state.repos.get("grace/learning")?.issues.find((issue) => issue.number === 2);
    // Week 7 had an update (by hand: the first in a row) and was excused; its plan carries on.
    expect(readMarker(week8?.body)).toMatchObject({
      kind: "weekly",
      week: 8,
      lastWeek: {
        week: 7,
        update: true,
        skipped: true,
        nextSteps: ["Deploy to Render"],
        updatesInARow: 1,
      },
    });
  });
});

describe("a failed write", () => {
  it("a 5xx on the summary is healed by the next pass, and nothing is posted twice", async () => {
    const { grace, week7, gh } = await graceWorld();
    const reply = graceWrites(gh, grace, REPLY);
    gh.state.faults.push({ route: COMMENTS, status: 502, times: 1 });
    await process(gh).receive(commentDelivery(grace, week7, reply));
    expect(markersOf(week7, "reply-summary")).toEqual([]);

    // GitHub does not redeliver: the next scheduled pass answers the reply.
    await scheduled(gh, "2025-11-20T13:07:00Z");
    expect(markersOf(week7, "reply-summary")).toHaveLength(1);
    const before = gh.requests.length;
    await scheduled(gh, "2025-11-20T14:07:00Z");
    expect(writesOf(gh.requests.slice(before))).toEqual([]);

    await scheduled(gh, WEEK8_DUE);
    expect([week7.state, week7.state_reason]).toEqual(["closed", "completed"]);
  });
  it("a 5xx on the summary is retried by the process a minute later, once", async () => {
    const { grace, week7, gh } = await graceWorld();
    const reply = graceWrites(gh, grace, REPLY);
    gh.state.faults.push({ route: COMMENTS, status: 502, times: 1 });
    const waiting: { run: () => void; ms: number }[] = [];
    const timer: Timer = (run, ms) => {
      waiting.push({ run, ms });
      return () => undefined;
    };
    await process(gh, DURING_WEEK_8, timer).receive(commentDelivery(grace, week7, reply));
    expect(markersOf(week7, "reply-summary")).toEqual([]);
    expect(waiting.map((entry) => entry.ms)).toEqual([60_000]);

    waiting[0]?.run();
    await expect.poll(() => markersOf(week7, "reply-summary").length).toBe(1);
    // Healed: nothing more waits.
    expect(waiting).toHaveLength(1);
  });
});

describe("a locked week issue", () => {
  it("is closed without its summary, and the problem is reported once", async () => {
    const { week7, gh } = await graceWorld();
    week7.locked = true;
    const [, first] = await scheduled(gh, WEEK8_DUE);
    expect(first?.status).toBe("ok");
    expect(first?.detail).toContain(
      "closed #1 (week 7, without an update), without its summary: the issue is locked or refuses comments",
    );
    expect(week7.state).toBe("closed");
    expect(week7.comments).toEqual([]);
    const [, second] = await scheduled(gh, "2025-11-24T09:07:00Z");
    expect(second?.detail).not.toContain("locked");
  });
});

describe("a learner's edits to Checkpoint's issue", () => {
  it("neither duplicate nor drop a week: marker removed, label removed, or the marker's week changed", async () => {
    for (const edit of ["no marker", "no label", "other week"] as const) {
      const { week7, gh } = await graceWorld();
      if (edit === "no marker") week7.body = "How did week 7 go? (I tidied this up.)";
      if (edit === "no label") week7.labels = [];
      if (edit === "other week") week7.body = week7.body.replace('"week":7', '"week":3');
      expect(readMarker(week7.body)).toEqual(
        edit === "no marker"
          ? undefined
          : expect.objectContaining({ week: edit === "other week" ? 3 : 7 }),
      );
      await scheduled(gh, WEEK8_DUE);
      const issues = gh.state.repos.get("grace/learning")?.issues ?? [];
      // Week 7 closes (it is recognised by its title), and only week 8 opens.
      expect(issues.map((issue) => [issue.number, issue.state])).toEqual([
        [1, "closed"],
        [2, "open"],
      ]);
      expect(week7.labels).toEqual(["checkpoint"]);
      await closeWorld();
    }
  });
});

describe("a learner's text bigger than GitHub takes", () => {
  it("a reply of next steps as long as GitHub takes is answered in one summary under the limit, its plan cut to 20 steps", async () => {
    const { grace, week7, gh } = await graceWorld();
    // 2,600 next steps of about 25 characters: a comment GitHub takes, whose summary would not fit.
    const steps = Array.from({ length: 2_600 }, (_, i) => `- write test number ${i}`);
    const reply = graceWrites(gh, grace, `## Summary\nBusy.\n\n## Next steps\n${steps.join("\n")}`);
    expect(reply.body.length).toBeGreaterThan(60_000);
    expect(reply.body.length).toBeLessThanOrEqual(65_536);
    await process(gh).receive(commentDelivery(grace, week7, reply));
    const summary = week7.comments.find((comment) => comment.user.login === BOT);
    expect(summary?.body.length).toBeLessThanOrEqual(65_536);
    expect(summary?.body).toMatch(/more characters left out: GitHub takes at most 65,536/);
    const marker = readMarker(summary?.body);
    expect(marker?.kind).toBe("reply-summary");
    expect(marker && "nextSteps" in marker ? marker.nextSteps : []).toHaveLength(20);
  });
});

describe("commands from someone without write access", () => {
  it("get one polite refusal per issue per day, then silence", async () => {
    const { week7, gh } = await graceWorld();
    const stranger = (id: number, createdAt: string) => ({
      id,
      body: "/checkpoint pause",
      user: { login: "passerby", type: "User" },
      created_at: createdAt,
    });
    week7.comments.push(
      stranger(9001, "2025-11-20T10:00:00Z"),
      stranger(9002, "2025-11-20T10:01:00Z"),
      stranger(9003, "2025-11-20T10:02:00Z"),
    );
    gh.state.now = () => new Date("2025-11-20T12:07:01Z");
    await scheduled(gh, "2025-11-20T12:07:00Z");
    expect(markersOf(week7, "command-reply")).toEqual([
      { kind: "command-reply", command: "not-permitted", comment: 9001 },
    ]);
    // The refusal went up at 12:07:01; a command a day after that is refused again (one at
    // 10:00 the next morning would not be), and the silenced ones stay unanswered.
    week7.comments.push(stranger(9004, "2025-11-21T13:00:00Z"));
    const before = gh.requests.length;
    gh.state.now = () => new Date("2025-11-21T13:07:01Z");
    await scheduled(gh, "2025-11-21T13:07:00Z");
    expect(markersOf(week7, "command-reply")).toEqual([
      { kind: "command-reply", command: "not-permitted", comment: 9001 },
      { kind: "command-reply", command: "not-permitted", comment: 9004 },
    ]);
    expect(writesOf(gh.requests.slice(before)).map((request) => request.route)).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    ]);
  });
});

describe("several commands answered in one pass", () => {
  it("act in the order written, each on what the one before did: pause then resume leaves it running", async () => {
    const { week7, gh } = await graceWorld();
    const grace = (id: number, body: string, at: string) => ({
      id,
      body,
      user: { login: "grace", type: "User" },
      created_at: at,
    });
    // Written while Checkpoint was down; the next pass finds both.
    week7.comments.push(
      grace(9101, "/checkpoint pause exams", "2025-11-20T10:00:00Z"),
      grace(9102, "/checkpoint resume", "2025-11-20T11:00:00Z"),
    );
    await scheduled(gh, "2025-11-20T12:07:00Z");
    const issues = gh.state.repos.get("grace/learning")?.issues ?? [];
    const paused = issues.filter((issue) => readMarker(issue.body)?.kind === "paused");
    expect(paused.map((issue) => issue.state)).toEqual(["closed"]);
    expect(markersOf(week7, "command-reply").map((marker) => marker?.["command"])).toEqual([
      "pause",
      "resume",
    ]);
  });
});
