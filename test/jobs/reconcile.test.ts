import nock from "nock";
import { describe, expect, it, vi } from "vitest";
import { readMarker, renderMarker } from "../../src/domain/marker.js";
import { reconcileInstallation } from "../../src/jobs/reconcile-installation.js";
import { activityData } from "../github/activity/answers.js";
import { BOT, captureLogger, TestOctokit } from "../helpers/probot.js";
import { API, OWN_ISSUES } from "../helpers/github-issues.js";
import { LearnerLanes, type Lanes } from "../../src/jobs/lanes.js";
import {
  commentJson,
  CONFIG,
  expectDiscovery,
  expectWeek8Activity,
  HOME,
  issue,
  WEEK7_FIGURES,
} from "./learner-world.js";

const octokit = new TestOctokit({ auth: "ghs_test" });
const WEEK8_POSTED = new Date("2025-11-24T08:00:00Z");

function reconcile(now: Date, dryRun = false, lanes?: Lanes) {
  return reconcileInstallation({
    octokit,
    log: captureLogger().log,
    now,
    dryRun,
    bot: BOT,
    canWrite: async () => false,
    ...(lanes ? { lanes } : {}),
  });
}

const week7 = (extra: Partial<Parameters<typeof issue>[0]> = {}) =>
  issue({ number: 5, marker: { kind: "weekly", week: 7, figures: WEEK7_FIGURES }, ...extra });

describe("reconciling a learner when week 8 is due", () => {
  it("opens week 8 with hand-checked figures, then closes week 7 with its summary", async () => {
    let opened: { title: string; body: string; labels: string[] } | undefined;
    let summary = "";
    let replySummary = "";
    // Ada replied to week 7 while Checkpoint was down: no summary answers it yet. Week 7's
    // comments come with the ledger, in the installation's query for files.
    const replied = week7({ comments: 1 });
    const reply = commentJson(
      1,
      "## Summary\nModels done.\n\n## Next steps\n- Add tests for the views\n- Deploy to Render",
    );
    expectDiscovery({ issues: [replied], comments: { 5: [reply] } });
    expectWeek8Activity();
    nock(API)
      // The pass answers it (the lost webhook's work), then looks again.
      .post(`${HOME}/issues/5/comments`, (body) => {
        replySummary = body.body;
        return true;
      })
      .reply(201, { id: 2 })
      .get(`${HOME}/issues/5/comments`)
      .query(true)
      .reply(200, [reply, commentJson(2, "summary", BOT)])
      .post(`${HOME}/issues`, (body) => {
        opened = body;
        return true;
      })
      .reply(201, { number: 6, html_url: "https://github.com/ada/learning/issues/6" })
      .get(`${HOME}/issues`)
      .query(true)
      .reply(200, [replied, issue({ number: 6, marker: { kind: "weekly", week: 8 } })])
      .post(`${HOME}/issues/5/comments`, (body) => {
        summary = body.body;
        return true;
      })
      .reply(201, { id: 3 })
      // Three comments after closing, as this pass expects: nobody raced it, no look again.
      .patch(`${HOME}/issues/5`, { state: "closed", state_reason: "completed" })
      .reply(200, { comments: 3 });

    const outcomes = await reconcile(WEEK8_POSTED);

    expect(outcomes).toEqual([
      {
        home: "ada/learning",
        status: "ok",
        detail:
          'summary posted on #5; opened #6 "Week 8 · Nov 17 – Nov 23, 2025"; closed #5 (week 7, with an update)',
        // Week 8's reminder (3 days after Mon Nov 24 08:00Z) comes before the next posting.
        wakeAt: "2025-11-27T08:00:00Z",
      },
    ]);
    expect(opened?.title).toBe("Week 8 · Nov 17 – Nov 23, 2025");
    expect(opened?.labels).toEqual(["checkpoint"]);
    // By hand: commits Mon 17th, Wed 19th and Sun 23rd 23:30 local → 3 commits on 3 days;
    // one test file with two `def test_` lines; README changed; Sat inactive → streak 1.
    expect(readMarker(opened?.body)).toMatchObject({
      kind: "weekly",
      week: 8,
      window: { firstDay: "2025-11-17", lastDay: "2025-11-23" },
      figures: {
        commits: 3,
        activeDays: 3,
        testFiles: 1,
        newTestCases: 2,
        newTestCasesComplete: true,
        docsChanges: 1,
        streakDays: 1,
        streakCapped: false,
      },
    });
    // The week's facts travel in the marker for the reviews: tasks/models.py was added.
    expect(readMarker(opened?.body)?.["facts"]).toMatchObject({
      models: 1,
      activeRepos: ["ada/blog"],
    });
    // Our first user's goals, judged from this week: models.py (ORM) and the test file.
    // (the test files are a figure the issue already shows, so that goal is named alone)
    expect(opened?.body).toContain("- Master the Django ORM: 1 model file\n");
    expect(opened?.body).toContain("- Write tests for core functionality wherever possible\n");
    expect(opened?.body).toContain("Add tests for the views");
    expect(opened?.body).toContain("Deploy to Render");
    expect(summary).toMatch(/Week 7: 2 commits on 2 days/);
    expect(readMarker(summary)?.kind).toBe("week-summary");
    expect(readMarker(replySummary)).toMatchObject({
      kind: "reply-summary",
      week: 7,
      nextSteps: ["Add tests for the views", "Deploy to Render"],
    });
    // What week 7 settled travels in week 8's marker: one week in a row with an update.
    expect(readMarker(opened?.body)?.["lastWeek"]).toEqual({
      week: 7,
      update: true,
      skipped: false,
      nextSteps: ["Add tests for the views", "Deploy to Render"],
      updatesInARow: 1,
    });
  });

  it("writes nothing when run again at the same instant or an hour later", async () => {
    for (const now of [WEEK8_POSTED, new Date("2025-11-24T09:00:00Z")]) {
      expectDiscovery({
        issues: [
          week7({ state: "closed", stateReason: "completed", comments: 1 }),
          issue({ number: 6, marker: { kind: "weekly", week: 8 } }),
        ],
      });
      const [outcome] = await reconcile(now);
      expect(outcome?.detail).toBe("nothing to do: week 8's issue is already posted");
    }
  });

  it("opens only the latest week after a week of downtime, and closes what is left open", async () => {
    // Week 8 was never opened. On Mon Dec 1 week 9 (Nov 24 – Nov 30) is due: it alone opens.
    let opened: { title: string; body: string } | undefined;
    // And the expectation document was deleted: the week still opens, and says so.
    expectDiscovery({ expectations: null, issues: [week7()] });
    nock(API)
      // Week 9's histories: from 14 days before Mon Nov 24 00:00 in Lagos (Nov 9 23:00 UTC),
      // up to the instant it is measured at.
      .post(
        "/graphql",
        (body) =>
          body.variables.since === "2025-11-09T23:00:00Z" &&
          body.variables.until === "2025-12-01T08:00:00Z",
      )
      .reply(200, { data: activityData({ branches: [] }) })
      .post(`${HOME}/issues`, (body) => {
        opened = body;
        return true;
      })
      .reply(201, { number: 6, html_url: "https://github.com/ada/learning/issues/6" })
      .get(`${HOME}/issues`)
      .query(true)
      .reply(200, [week7(), issue({ number: 6, marker: { kind: "weekly", week: 9 } })])
      .post(`${HOME}/issues/5/comments`)
      .reply(201, {})
      .patch(`${HOME}/issues/5`, { state: "closed", state_reason: "not_planned" })
      .reply(200, {});

    const [outcome] = await reconcile(new Date("2025-12-01T08:00:00Z"));
    expect(outcome?.detail).toBe(
      'opened #6 "Week 9 · Nov 24 – Nov 30, 2025"; closed #5 (week 7, without an update)',
    );
    expect(readMarker(opened?.body)?.week).toBe(9);
    expect(opened?.body).toContain(
      "I couldn't find your expectation document, `EXPECTATIONS.md`, in this repository, so this week's figures stand on their own.",
    );
  });

  it("ends with one open issue when another process created the same week at the same time", async () => {
    let closedNote = "";
    expectDiscovery({ issues: [] });
    expectWeek8Activity();
    nock(API)
      .post(`${HOME}/labels`)
      .reply(201, {})
      .post(`${HOME}/issues`)
      .reply(201, { number: 12, html_url: "https://github.com/ada/learning/issues/12" })
      .get(`${HOME}/issues`)
      .query(true)
      .reply(200, [
        issue({ number: 12, marker: { kind: "weekly", week: 8 } }),
        issue({ number: 11, marker: { kind: "weekly", week: 8 } }),
      ])
      .post(`${HOME}/issues/12/comments`, (body) => {
        closedNote = body.body;
        return true;
      })
      .reply(201, {})
      .patch(`${HOME}/issues/12`, { state: "closed", state_reason: "not_planned" })
      .reply(200, {});

    const [outcome] = await reconcile(WEEK8_POSTED);
    expect(outcome?.detail).toBe("found #11 already open");
    expect(closedNote.split("\n")[0]).toBe(
      "This duplicates #11; closing it so there is one place to reply.",
    );
    expect(readMarker(closedNote)).toEqual({ kind: "duplicate", of: 11 });
  });

  it("gives a paused learner nothing", async () => {
    expectDiscovery({ config: `${CONFIG}paused: true\n`, issues: [week7()] });
    const [outcome] = await reconcile(WEEK8_POSTED);
    expect(outcome).toEqual({ home: "ada/learning", status: "skipped", detail: "paused" });
  });

  it("describes what it would do in a dry run, and writes nothing", async () => {
    expectDiscovery({ issues: [week7()] });
    expectWeek8Activity();
    const [outcome] = await reconcile(WEEK8_POSTED, true);
    expect(outcome?.detail).toBe(
      'would open "Week 8 · Nov 17 – Nov 23, 2025"; would close #5 (week 7)',
    );
  });

  it("closes the welcome issue when the config arrives, saying when the first week comes", async () => {
    let note = "";
    expectDiscovery({ issues: [issue({ number: 1, marker: { kind: "welcome" } })] });
    nock(API)
      .post(`${HOME}/issues/1/comments`, (body) => {
        note = body.body;
        return true;
      })
      .reply(201, {})
      .patch(`${HOME}/issues/1`, { state: "closed", state_reason: "completed" })
      .reply(200, {});
    // Sep 29, 2025: the course starts tomorrow; week 1 (Sep 29 – Oct 5) is posted Oct 6.
    const [outcome] = await reconcile(new Date("2025-09-29T12:00:00Z"));
    expect(outcome?.detail).toBe("closed the welcome issue #1");
    expect(note.split("\n")[0]).toBe(
      "Your config is in place. Your first weekly issue, for Sep 29 – Oct 5, 2025, arrives Monday, Oct 6, 2025 at 09:00 (Africa/Lagos). Closing this one; see you there!",
    );
    expect(readMarker(note)).toEqual({ kind: "welcome-done" });
  });

  it("reminds once when week 8 has had no reply for three days, and not a second before", async () => {
    const week8 = issue({ number: 6, comments: 0, marker: { kind: "weekly", week: 8 } });
    const closed7 = week7({ state: "closed", stateReason: "completed" });
    expectDiscovery({ issues: [week8, closed7] });
    const [early] = await reconcile(new Date("2025-11-27T07:59:59Z"));
    expect(early?.detail).toBe("nothing to do: week 8's issue is already posted");

    let reminder = "";
    expectDiscovery({ issues: [week8, closed7] });
    nock(API)
      .post(`${HOME}/issues/6/comments`, (body) => {
        reminder = body.body;
        return true;
      })
      .reply(201, { id: 40 })
      // It looks again: had another run reminded too, the younger reminder would go.
      .get(`${HOME}/issues/6/comments`)
      .query(true)
      .reply(200, [commentJson(40, reminder, BOT)]);
    const [due] = await reconcile(new Date("2025-11-27T08:00:00Z"));
    expect(due?.detail).toBe("reminded on #6 (week 8)");
    expect(reminder.match(/@ada\b/g)).toHaveLength(1);
    expect(readMarker(reminder)).toEqual({ kind: "reminder", week: 8 });
  });

  it("only closes a week whose summary an interrupted run already posted", async () => {
    const interrupted = week7({
      comments: 1,
      marker: { kind: "weekly", week: 7, figures: WEEK7_FIGURES },
    });
    expectDiscovery({
      issues: [interrupted, issue({ number: 6, comments: 1, marker: { kind: "weekly", week: 8 } })],
    });
    // Every open issue with comments is read for replies and commands: week 8 has a reminder.
    nock(API)
      .get(`${HOME}/issues/6/comments`)
      .query(true)
      .reply(200, [commentJson(4, renderMarker({ kind: "reminder", week: 8 }), BOT)]);
    nock(API)
      .get(`${HOME}/issues/5/comments`)
      .query(true)
      .reply(200, [
        {
          id: 9,
          body: renderMarker({ kind: "week-summary", week: 7 }),
          user: { login: "checkpoint[bot]", type: "Bot" },
          created_at: "",
        },
      ])
      .patch(`${HOME}/issues/5`, { state: "closed", state_reason: "not_planned" })
      .reply(200, {});
    const [outcome] = await reconcile(new Date("2025-11-24T09:00:00Z"));
    expect(outcome?.detail).toBe("closed #5 (week 7, without an update)");
  });

  it("still closes last week when this week cannot be measured, and reports the failure", async () => {
    expectDiscovery({ issues: [week7()] });
    nock(API).post("/graphql").reply(502, { message: "Bad Gateway" });
    nock(API)
      .post(`${HOME}/issues/5/comments`)
      .reply(201, {})
      .patch(`${HOME}/issues/5`, { state: "closed", state_reason: "not_planned" })
      .reply(200, {});
    const [outcome] = await reconcile(WEEK8_POSTED);
    expect(outcome?.status).toBe("failed");
    expect(outcome?.detail).toMatch(
      /^closed #5 \(week 7, without an update\); open-weekly failed: .*Bad Gateway/,
    );
  });
});

describe("the ledger read with the installation's files", () => {
  const posted = [
    week7({ state: "closed", stateReason: "completed", comments: 1 }),
    issue({ number: 6, marker: { kind: "weekly", week: 8 } }),
  ];

  it("is read again when work on the learner ended while the files were read", async () => {
    const lanes = new LearnerLanes();
    // The files' ledger shows week 8 not yet opened; a webhook's pass opened it meanwhile.
    expectDiscovery({ issues: [week7()] }).on("request", (_request, interceptor) => {
      if (interceptor.path === "/graphql") void lanes.run("ada/learning", async () => undefined);
    });
    nock(API).get(`${HOME}/issues`).query(OWN_ISSUES).reply(200, posted);
    const outcomes = await reconcile(WEEK8_POSTED, false, lanes);
    expect(outcomes[0]?.detail).toBe("nothing to do: week 8's issue is already posted");
  });

  it("is read again where lanes cannot tell what other processes did", async () => {
    const acrossProcesses = { run: <T>(_learner: string, work: () => Promise<T>) => work() };
    expectDiscovery({ issues: [week7()] });
    nock(API).get(`${HOME}/issues`).query(OWN_ISSUES).reply(200, posted);
    const outcomes = await reconcile(WEEK8_POSTED, false, acrossProcesses);
    expect(outcomes[0]?.detail).toBe("nothing to do: week 8's issue is already posted");
  });

  it("is read again when it is over a minute old, even with nothing else in this process", async () => {
    const realNow = performance.now.bind(performance);
    // The files' answer arrives 61 seconds after the query left (a slow GitHub, a busy host).
    expectDiscovery({ issues: [week7()] }).on("request", (_request, interceptor) => {
      if (interceptor.path !== "/graphql") return;
      vi.spyOn(performance, "now").mockImplementation(() => realNow() + 61_000);
    });
    nock(API).get(`${HOME}/issues`).query(OWN_ISSUES).reply(200, posted);
    try {
      const outcomes = await reconcile(WEEK8_POSTED);
      expect(outcomes[0]?.detail).toBe("nothing to do: week 8's issue is already posted");
    } finally {
      vi.restoreAllMocks();
    }
  });
});
