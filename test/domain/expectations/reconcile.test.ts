import { describe, expect, it } from "vitest";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import {
  goalSimilarity,
  reconcileGoalIds,
  type KnownGoal,
} from "../../../src/domain/expectations/reconcile.js";
import type { ExpectationDocument } from "../../../src/domain/expectations/types.js";

const known = (doc: ExpectationDocument): KnownGoal[] =>
  doc.sections.flatMap((section) => section.goals.map(({ id, text }) => ({ id, text })));

const HABITS = [
  "## Habits",
  "- Code daily or on consistent schedule — aim for progress, not perfection",
  "- Write tests for core functionality wherever possible",
  "- Commit early and commit often; keep version history meaningful",
].join("\n");
const before = known(parseExpectations(HABITS));

describe("goalSimilarity", () => {
  it.each([
    // {django, orm, model, migration, query} both ways: identical sets.
    [
      "Master the Django ORM (models, migrations, queries)",
      "master django’s orm: queries, models & migrations!",
      1,
    ],
    // {code, daily, consistent, schedule, progress, perfection} vs {code, day, consistent, schedule,
    // progress, perfection}: 5 shared of 7 in all.
    [
      "Code daily on a consistent schedule, progress not perfection",
      "Code every day on a consistent schedule, progress not perfection",
      5 / 7,
    ],
    // {write, test} vs {write, test, core}: 2 of 3; "tests" folds onto "test".
    ["Write tests", "Write core test", 2 / 3],
    // "queries" folds onto "query", "libraries" onto "library": {write, query, library} each.
    ["Write queries with libraries", "Write a query with a library", 1],
    ["Code daily", "Deploy a project", 0],
    ["the and of", "a an", 0],
  ])("%j vs %j is %d", (a, b, score) => {
    expect(goalSimilarity(a, b)).toBeCloseTo(score, 10);
  });
});

describe("reconcileGoalIds", () => {
  it("keeps an id for a reworded goal whose fresh id differs", () => {
    // "daily" → "every day" changes the slug (code-day-…) but the words are 5/7 ≈ 0.71 alike ≥ 0.6.
    const edited = HABITS.replace("Code daily or on", "Code every day on");
    const fresh = parseExpectations(edited);
    expect(fresh.sections[0]?.goals[0]?.id).toBe("habits/code-day-consistent-schedule");
    expect(known(reconcileGoalIds(before, fresh)).map((goal) => goal.id)).toEqual(
      before.map((goal) => goal.id),
    );
  });

  it("gives an added goal a new id and leaves the others alone, wherever it is added", () => {
    const added = HABITS.replace("## Habits\n", "## Habits\n- Read the Django documentation\n");
    const ids = known(reconcileGoalIds(before, parseExpectations(added))).map((goal) => goal.id);
    expect(ids).toEqual([
      "habits/read-django-documentation",
      "habits/code-daily-consistent-schedule",
      "habits/write-tests-core-functionality",
      "habits/commit-early-often-keep",
    ]);
  });

  it("keeps ids when goals are reordered or moved to a renamed section", () => {
    const moved = [
      "## Discipline",
      "- Commit early and commit often; keep version history meaningful",
      "## Testing",
      "- Write tests for core functionality wherever possible",
      "- Code **daily** or on consistent schedule — aim for progress, not perfection",
    ].join("\n");
    const byText = new Map(
      known(reconcileGoalIds(before, parseExpectations(moved))).map((goal) => [goal.text, goal.id]),
    );
    for (const goal of before) expect(byText.get(goal.text)).toBe(goal.id);
  });

  it("never hands a removed goal's id to a different new goal", () => {
    // Old {read, django, doc, daily} vs new {read, django, doc, daily, summarise, chapter,
    // journal}: 4/7 ≈ 0.57 < 0.6, so not the same goal, though both slugs are read-django-docs-daily.
    const old: KnownGoal[] = [
      { id: "habits/read-django-docs-daily", text: "Read Django docs daily" },
    ];
    const text = "Read Django docs daily, then summarise each chapter in the journal";
    const next = parseExpectations(`## Habits\n- ${text}\n`);
    expect(next.sections[0]?.goals[0]?.id).toBe("habits/read-django-docs-daily");
    expect(known(reconcileGoalIds(old, next))).toEqual([
      { id: "habits/read-django-docs-daily-2", text },
    ]);
  });

  it("uses each earlier id once: the better match wins, the other goal gets its own id", () => {
    const old: KnownGoal[] = [{ id: "habits/write-tests", text: "Write tests for views" }];
    // "Write tests for views and models" {write, test, view, model}: 3/4 = 0.75;
    // "Write tests for views" {write, test, view}: 3/3 = 1, so it keeps the id.
    const next = parseExpectations(
      "## Habits\n- Write tests for views and models\n- Write tests for views\n",
    );
    expect(known(reconcileGoalIds(old, next)).map((goal) => goal.id)).toEqual([
      "habits/write-tests-views-models",
      "habits/write-tests",
    ]);
  });

  it("is the identity on a re-parse of the same document, and matches parse with no history", () => {
    const doc = parseExpectations(HABITS);
    expect(reconcileGoalIds(before, doc)).toEqual(doc);
    expect(reconcileGoalIds([], doc)).toEqual(doc);
  });
});
