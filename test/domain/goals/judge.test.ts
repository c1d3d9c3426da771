import { describe, expect, it } from "vitest";
import {
  appliedRule,
  type GoalRule,
  type MeasuredRuleId,
} from "../../../src/domain/goals/catalogue.js";
import { judgeGoal } from "../../../src/domain/goals/judge.js";
import { weekList, type JudgeContext, type WeekRecord } from "../../../src/domain/goals/judging.js";
import { files, quietFacts, record } from "./records.js";

const context: JudgeContext = {
  targets: { commits: 7, active_days: 4, test_files: 1 },
  reviewAnswered: false,
};

const goalOf = (ids: MeasuredRuleId[] | ["self-assessed"], text = "a goal"): GoalRule => ({
  goalId: "g/a",
  goalText: text,
  rules: ids.map((id) => appliedRule(id, "keyword", text)),
});
/** A goal's judgement without its headline, which has its own test below. */
function judge(ids: MeasuredRuleId[], history: WeekRecord[], ctx = context) {
  const judgement = judgeGoal(goalOf(ids), history, ctx);
  delete judgement.headline;
  return judgement;
}

describe("a judgement's headline", () => {
  it("is the first rule's first line when on track, else the part still to do", () => {
    const history = [
      record(1, { commits: 8 }, { models: 1 }),
      record(
        2,
        { commits: 9 },
        { models: 1, ...{ code: { ...quietFacts.code, http: files("a/urls.py") } } },
      ),
    ];
    // orm is on track (2 weeks); middleware has nothing yet: the headline names the gap
    expect(judgeGoal(goalOf(["orm", "middleware"]), history, context).headline).toBe(
      "no middleware seen yet",
    );
    expect(judgeGoal(goalOf(["orm"]), history, context).headline).toBe(
      "models or migrations changed in weeks 1, 2: 2 model files",
    );
    expect(judgeGoal(goalOf(["self-assessed"]), history, context).headline).toBeUndefined();
  });
});

describe("weekList", () => {
  it.each([
    [[5], "week 5"],
    [[3, 1, 2], "weeks 1–3"],
    [[1, 2, 4, 6, 7, 8, 9], "weeks 1, 2, 4, 6–9"],
  ])("%j → %s", (weeks, expected) => {
    expect(weekList(weeks.map((week) => ({ week })))).toBe(expected);
  });
});

describe("habits: on track when the target is met in at least half the weeks", () => {
  // Target 4 active days; four weeks, so two weeks meeting it is exactly half.
  const days = (...values: number[]) =>
    values.map((activeDays, i) => record(i + 1, { activeDays }));

  it.each([
    [
      "2 of 4 weeks at 4+ days: on track",
      days(4, 4, 3, 0),
      "on track",
      "active 4+ days in 2 of 4 weeks (weeks 1, 2)",
    ],
    [
      "1 of 4 weeks at 4+ days: needs attention",
      days(4, 3, 3, 0),
      "needs attention",
      "active 4+ days in 1 of 4 weeks (week 1)",
    ],
    [
      "3 days is under the target: needs attention",
      days(3, 3, 3, 3),
      "needs attention",
      "active 4+ days in 0 of 4 weeks",
    ],
    [
      "no active day at all: no evidence yet",
      days(0, 0, 0, 0),
      "no evidence yet",
      "active 4+ days in 0 of 4 weeks",
    ],
  ])("%s", (_, history, status, line) => {
    expect(judge(["active-days"], history)).toEqual({
      status,
      evidence: [line],
      touchedThisWeek: history.at(-1)?.figures.activeDays !== 0,
    });
  });

  it("treats a target of 0 as 1: any active day meets it", () => {
    const ctx = { ...context, targets: { ...context.targets, active_days: 0 } };
    expect(judge(["active-days"], days(1, 0), ctx).evidence).toEqual([
      "active in 1 of 2 weeks (week 1)",
    ]);
  });

  it("counts updates posted", () => {
    const weeks = [1, 2, 3, 4].map((week) => record(week, {}, {}, week <= 2));
    expect(judge(["updates"], weeks).status).toBe("on track");
    expect(judge(["updates"], weeks.slice(1)).status).toBe("needs attention"); // 1 of 3
    expect(judge(["updates"], weeks).evidence).toEqual([
      "update posted in 2 of 4 weeks (weeks 1, 2)",
    ]);
  });

  it("totals tests, saying “at least” when a week's cases were not all readable", () => {
    const weeks = [
      record(1, { testFiles: 2, newTestCases: 3 }),
      record(2, { testFiles: 1, newTestCases: 1, newTestCasesComplete: false }),
      record(3),
    ];
    expect(judge(["tests"], weeks)).toEqual({
      status: "on track", // 2 of 3
      evidence: [
        "test files changed in 2 of 3 weeks (weeks 1, 2): 3 test files, at least 4 new test cases",
      ],
      touchedThisWeek: false, // week 3 had none
    });
  });
});

describe("commits: the habit, and at most a quarter of messages vague", () => {
  // Two weeks of 8 commits: both meet the target of 7; 16 messages, a quarter is 4.
  const weeks = (vague: number) => [
    record(1, { commits: 8 }, { vagueMessages: 0 }),
    record(2, { commits: 8 }, { vagueMessages: vague }),
  ];

  it("is on track with 4 of 16 vague", () => {
    expect(judge(["commits"], weeks(4))).toEqual({
      status: "on track",
      evidence: [
        "7+ commits in 2 of 2 weeks (weeks 1, 2), 16 in all",
        "4 of 16 commit messages were vague",
      ],
      touchedThisWeek: true,
    });
  });

  it("needs attention with 5 of 16 vague", () => {
    expect(judge(["commits"], weeks(5)).status).toBe("needs attention");
  });

  it("judges messages only in weeks that carry facts", () => {
    // week 1 has no facts: its 8 commits are outside the 8 judged messages, 2 of them vague
    const history = [
      record(1, { commits: 8 }, null),
      record(2, { commits: 8 }, { vagueMessages: 2 }),
    ];
    expect(judge(["commits"], history).evidence).toEqual([
      "7+ commits in 2 of 2 weeks (weeks 1, 2), 16 in all",
      "2 of 8 commit messages in week 2 were vague",
    ]);
  });
});

describe("skills: on track once shown in 2 different weeks", () => {
  it.each([
    [[], "no evidence yet"],
    [[3], "needs attention"],
    [[3, 5], "on track"],
  ])("auth evidence in weeks %j → %s", (shown, status) => {
    const history = [1, 2, 3, 4, 5].map((week) =>
      record(
        week,
        {},
        {
          code: {
            ...quietFacts.code,
            auth: shown.includes(week) ? files("a/views.py") : files(),
          },
        },
      ),
    );
    expect(judge(["auth"], history).status).toBe(status);
  });

  it("names the weeks and the files for the ORM", () => {
    const history = [
      record(1, {}, { models: 1, migrations: 1 }),
      record(2),
      record(3, {}, { models: 2 }),
    ];
    expect(judge(["orm"], history).evidence).toEqual([
      "models or migrations changed in weeks 1, 3: 3 model files and 1 migration",
    ]);
  });
});

describe("one-offs: on track as soon as the evidence exists", () => {
  it("deploy: a deployment file at HEAD is enough", () => {
    const history = [record(1), record(2, {}, { deployment: { changed: 0, atHead: 1 } })];
    expect(judge(["deploy"], history)).toEqual({
      status: "on track",
      evidence: ["1 deployment file in your repositories (week 2)"],
      touchedThisWeek: false, // present, but not changed this week
    });
    expect(judge(["deploy"], [record(1)]).status).toBe("no evidence yet");
  });

  it.each([
    [
      { setup: true, run: true, test: true },
      0,
      "on track",
      "your READMEs say how to set up, run and test (week 1)",
    ],
    [
      { setup: true, run: false, test: true },
      0,
      "needs attention",
      "your READMEs say how to set up and test, not yet how to run (week 1)",
    ],
    [
      { setup: false, run: false, test: false },
      1,
      "needs attention",
      "no README says yet how to set up, run or test (week 1)",
    ],
    [
      { setup: false, run: false, test: false },
      0,
      "no evidence yet",
      "no README says yet how to set up, run or test (week 1)",
    ],
  ])("readme %j, %i docs changed → %s", (readme, docsChanges, status, line) => {
    const verdict = judge(["readme"], [record(1, { docsChanges }, { readme })]);
    expect(verdict.status).toBe(status);
    expect(verdict.evidence[0]).toBe(line);
  });

  it("revisit: the mid-course review answered", () => {
    expect(judge(["revisit"], [record(1)]).status).toBe("no evidence yet");
    expect(judge(["revisit"], [record(1)], { ...context, reviewAnswered: true }).status).toBe(
      "on track",
    );
  });
});

describe("projects: Django projects with commits in 2+ weeks, against the goal's aim", () => {
  const week = (n: number, active: string[]) =>
    record(
      n,
      { commits: 1 },
      { activeRepos: active, djangoProjects: active.filter((r) => r !== "ada/site") },
    );

  it.each([
    [
      "both sustained: on track",
      [week(1, ["ada/blog", "ada/tasks"]), week(2, ["ada/blog", "ada/tasks"])],
      "on track",
    ],
    [
      "one sustained: needs attention",
      [week(1, ["ada/blog", "ada/tasks"]), week(2, ["ada/blog"])],
      "needs attention",
    ],
    [
      "no Django project: no evidence yet",
      [week(1, ["ada/site"]), week(2, ["ada/site"])],
      "no evidence yet",
    ],
  ])("aim 2, %s", (_, history, status) => {
    expect(
      judgeGoal(goalOf(["projects"], "Build at least 2–3 projects"), history, context).status,
    ).toBe(status);
  });

  it("says which projects count", () => {
    const history = [week(1, ["ada/blog", "ada/tasks"]), week(2, ["ada/blog"])];
    expect(judge(["projects"], history).evidence).toEqual([
      "1 Django project with commits in 2+ weeks: ada/blog (2 weeks)",
      "also seen: ada/tasks (1 week)",
    ]);
  });
});

describe("judgeGoal", () => {
  it("leaves a self-assessed goal to the learner", () => {
    expect(judgeGoal(goalOf(["self-assessed"]), [record(1, { commits: 9 })], context)).toEqual({
      status: "self-assessed",
      evidence: [],
      touchedThisWeek: false,
    });
  });

  it("combines rules: on track only when all are, no evidence only when none has any", () => {
    const history = [
      record(1, {}, { code: { ...quietFacts.code, http: files("a/urls.py") } }),
      record(2, {}, { code: { ...quietFacts.code, http: files("a/urls.py") } }),
    ];
    expect(judge(["http"], history).status).toBe("on track");
    expect(judge(["http", "middleware"], history).status).toBe("needs attention");
    expect(judge(["middleware", "crud"], history).status).toBe("no evidence yet");
  });

  it("says which weeks predate the facts, and judges in week order", () => {
    const history = [
      record(3, { activeDays: 2 }, { models: 1 }),
      record(1, {}, null),
      record(2, {}, null),
    ];
    expect(judge(["orm"], history)).toEqual({
      status: "needs attention",
      evidence: [
        "models or migrations changed in week 3: 1 model file",
        "weeks 1, 2 predate these measures",
      ],
      touchedThisWeek: true, // week 3 is the latest, whatever the order given
    });
  });

  it("has no evidence before the first week", () => {
    expect(judge(["commits"], [])).toEqual({
      status: "no evidence yet",
      evidence: ["no weeks measured yet"],
      touchedThisWeek: false,
    });
  });
});
