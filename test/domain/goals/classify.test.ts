import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";
import type { Goal } from "../../../src/domain/expectations/types.js";
import { classifyGoal, goalRulesOf } from "../../../src/domain/goals/classify.js";
import type { RuleId } from "../../../src/domain/goals/catalogue.js";

const reference = parseExpectations(
  readFileSync(new URL("../../fixtures/EXPECTATIONS.md", import.meta.url), "utf8"),
);
const SA = "self-assessed";

/**
 * The reference document's 25 goals, in order, with the rules a careful reader would pick
 * and why. Written by hand from the goal texts, not from the classifier's output.
 */
const EXPECTED: [text: string, rules: RuleId[], reason: string][] = [
  // 1. Skill & Knowledge Goals
  [
    "Gain strong understanding of backend development",
    [SA],
    "understanding is not visible in commits",
  ],
  [
    "Learn how to build, deploy, and maintain",
    ["deploy", "http"],
    "“deploy”, then “APIs” in its own parentheses",
  ],
  ["Master the Django ORM", ["orm"], "“ORM”"],
  [
    "Understand HTTP, RESTful routing",
    ["http", "middleware", "auth"],
    "HTTP/REST, middleware, authentication in that order; security has no rule",
  ],
  ["Work with databases", ["database"], "“databases”"],
  [
    "Implement user registration, login systems",
    ["auth", "crud"],
    "registration/login/permissions, then CRUD",
  ],
  ["Learn deployment and hosting strategies", ["deploy"], "“deployment”"],
  [
    "Understand version control (Git), CI/CD",
    ["commits", "ci", "readme"],
    "version control → commits, CI/CD → workflows, project structure → README",
  ],
  // 2. Project & Portfolio Goals
  [
    "Build at least 2–3 real-world backend projects",
    ["projects"],
    "a number of projects; “API service” is an e.g. example, not a goal",
  ],
  [
    "Deploy at least one project to a live server",
    ["live"],
    "“live server” asks for more than deployment files; one project is not a count of projects",
  ],
  [
    "Document code, tests, and setup so others can run",
    ["readme"],
    "documenting setup is the README; “tests” here is what to document, not to write",
  ],
  [
    "Share progress publicly",
    [SA],
    "sharing on a blog or social media is outside the repositories",
  ],
  // 3. Learning Habits & Discipline
  ["Code daily or on consistent schedule", ["active-days"], "“daily”"],
  ["Commit early and commit often", ["commits"], "“Commit”"],
  ["Write tests for core functionality", ["tests"], "“Write tests”"],
  ["Read documentation (Django, Python, libraries)", [SA], "reading leaves no trace in commits"],
  [
    "Ask questions, revisit errors, and log reflections",
    [SA],
    "a private journal; “revisit errors” is not the document",
  ],
  ["Pair peer learning or cohort collaboration", [SA], "peer learning is for the learner to judge"],
  // 4. Personal Growth & Outcomes
  ["Gain confidence in backend development", [SA], "confidence"],
  ["Use the skills to contribute to open source", [SA], "open source or freelance work elsewhere"],
  ["Build a portfolio that demonstrates", [SA], "a portfolio is judged by its owner"],
  ["Lay groundwork to learn frontend, DevOps", [SA], "future learning"],
  // 5. Accountability & Reflection
  ["Post weekly updates with summary", ["updates"], "replies to weekly issues"],
  ["Reflect on what stuck, what needs review", ["updates"], "the weekly update asks exactly this"],
  [
    "Use this expectation document as a checkpoint",
    ["revisit"],
    "“mid-course”: the review answered",
  ],
];

describe("classifyGoal on the reference document", () => {
  const rules = goalRulesOf(reference);
  const goals = reference.sections.flatMap((section) => section.goals);

  it("has the 25 goals the table lists, in order", () => {
    expect(goals).toHaveLength(25);
    goals.forEach((goal, index) =>
      expect(goal.text.startsWith(EXPECTED[index]?.[0] ?? "?")).toBe(true),
    );
  });

  it.each(EXPECTED.map(([text, ids, reason], index) => ({ index, text, ids, reason })))(
    "goal $index “$text…” → $ids ($reason)",
    ({ index, ids }) => {
      expect(rules[index]?.rules.map((rule) => rule.id)).toEqual(ids);
    },
  );

  it("says what matched, and never guesses silently", () => {
    const byText = (start: string) => rules.find((rule) => rule.goalText.startsWith(start));
    expect(byText("Master the Django ORM")?.rules).toEqual([
      { id: "orm", description: "models and migrations changed", matchedBy: "keyword “ORM”" },
    ]);
    expect(byText("Gain confidence")?.rules).toEqual([
      {
        id: SA,
        description: "only you can judge this one",
        matchedBy: "no rule matched: self-assessed",
      },
    ]);
    // "2–3": the lower bound is the aim
    expect(byText("Build at least")?.rules[0]).toMatchObject({
      id: "projects",
      target: 2,
      matchedBy: "keyword “projects”",
      description: "Django projects with commits in at least 2 weeks (aim: 2)",
    });
  });
});

describe("classifyGoal on other wordings", () => {
  const goal = (text: string): Goal => ({ id: "g/x", text, raw: text, line: 1 });
  const ids = (text: string, section = "Goals") =>
    classifyGoal(goal(text), section).rules.map((rule) => rule.id);

  it.each<[string, RuleId[]]>([
    ["Build three Django projects", ["projects"]],
    ["Set up GitHub Actions for every repo", ["ci"]],
    ["Write unit tests with pytest", ["tests"]],
    ["Keep a README in every repository", ["readme"]],
    ["Expose a REST API with endpoints for tasks", ["http"]],
    ["Ship a project (e.g. a CRUD app on Render)", [SA]],
    ["Code every day", ["active-days"]],
  ])("“%s” → %j", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("falls back on the section title, and says so", () => {
    const rule = classifyGoal(goal("Cover the views and the forms"), "Testing & TDD");
    expect(rule.rules).toEqual([
      {
        id: "tests",
        description: "test files and new test cases per week",
        matchedBy: "section title keyword “TDD”",
      },
    ]);
  });

  it("prefers the goal's own words to its section's", () => {
    expect(ids("Deploy the blog", "Testing & TDD")).toEqual(["deploy"]);
  });

  it("reads the aim of a projects goal from its words, or takes 2", () => {
    const target = (text: string) => classifyGoal(goal(text), "").rules[0]?.target;
    expect(target("Build 4 backend projects")).toBe(4);
    expect(target("Build three projects")).toBe(3);
    expect(target("Build several projects")).toBe(2);
  });
});
