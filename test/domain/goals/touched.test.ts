import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import { goalRulesOf } from "../../../src/domain/goals/classify.js";
import { goalsTouched } from "../../../src/domain/goals/touched.js";
import { files, quietFacts, record } from "./records.js";

const document = parseExpectations(
  readFileSync(new URL("../../fixtures/EXPECTATIONS.md", import.meta.url), "utf8"),
);
const rules = goalRulesOf(document);

describe("goalsTouched on the reference document", () => {
  const week = record(
    8,
    { commits: 12, activeDays: 5, testFiles: 2, newTestCases: 3, docsChanges: 1 },
    {
      deployment: { changed: 1, atHead: 1 },
      code: { ...quietFacts.code, auth: files("accounts/views.py") },
      activeRepos: ["ada/blog"],
      djangoProjects: ["ada/blog"],
    },
  );

  it("lists each goal the week did something for, in document order, with what it did", () => {
    const deployed = "1 deployment file changed";
    const auth = "login, registration or permission code in accounts/views.py";
    expect(
      goalsTouched(document, rules, week).map(({ text, evidence }) => [
        text.slice(0, 30),
        evidence,
      ]),
    ).toEqual([
      ["Learn how to build, deploy, an", deployed], // deploy; no routes this week
      ["Understand HTTP, RESTful routi", auth], // auth only: no routes or middleware
      ["Implement user registration, l", auth], // auth; no CRUD views
      ["Learn deployment and hosting s", deployed],
      ["Understand version control (Gi", "12 commits; 1 docs file changed"], // commits, README; no CI
      ["Build at least 2–3 real-world ", "commits to ada/blog"],
      // a deployment file changed, but nothing shows a live server yet: not touched
      ["Document code, tests, and setu", "1 docs file changed"],
      ["Code daily or on consistent sc", "active on 5 days"],
      ["Commit early and commit often;", "12 commits"],
      ["Write tests for core functiona", "2 test files, 3 new test cases"],
      // no update yet: the weekly issue comes before the reply
    ]);
  });

  it("touches only the figure rules in a week without facts", () => {
    const touched = goalsTouched(document, rules, record(8, { commits: 1, activeDays: 1 }, null));
    expect(touched.map((goal) => goal.evidence)).toEqual([
      "1 commit",
      "active on 1 day",
      "1 commit",
    ]);
  });

  it("is empty for a quiet week, and names the update once it is posted", () => {
    expect(goalsTouched(document, rules, record(8))).toEqual([]);
    expect(
      goalsTouched(document, rules, record(8, {}, {}, true)).map((goal) => goal.goalId),
    ).toEqual([
      "accountability-reflection/post-weekly-updates-summary",
      "accountability-reflection/reflect-stuck-needs-review",
    ]);
  });
});
