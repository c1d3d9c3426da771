import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ExpectationDocument } from "../../../src/domain/expectations/types.js";
import {
  applyGoalOverrides,
  goalsConfigSchema,
  unknownGoalIds,
} from "../../../src/domain/goals/overrides.js";
import { goalRulesOf } from "../../../src/domain/goals/classify.js";

const document: ExpectationDocument = {
  metadata: {},
  problems: [],
  sections: [
    {
      title: "Habits",
      goals: [
        { id: "habits/code-daily", text: "Code daily", raw: "Code daily", line: 3 },
        { id: "habits/pair", text: "Pair with a peer weekly", raw: "Pair", line: 4 },
        { id: "habits/projects", text: "Ship 3 apps", raw: "Ship 3 apps", line: 5 },
      ],
    },
  ],
};

describe("goalsConfigSchema", () => {
  it("defaults to no overrides", () => {
    expect(goalsConfigSchema.parse(undefined)).toEqual({});
  });

  it.each([
    ["one rule", { "habits/pair": { rule: "commits" } }],
    ["self-assessed", { "habits/code-daily": { rule: "self-assessed" } }],
    ["a list", { "habits/pair": { rule: ["commits", "tests"] } }],
  ])("accepts %s", (_, config) => {
    expect(goalsConfigSchema.parse(config)).toEqual(config);
  });

  it.each([
    ["an unknown rule", { "habits/pair": { rule: "typing" } }],
    ["self-assessed inside a list", { "habits/pair": { rule: ["self-assessed"] } }],
    ["an empty list", { "habits/pair": { rule: [] } }],
    ["an unknown field", { "habits/pair": { rule: "tests", target: 3 } }],
  ])("rejects %s, naming the goal", (_, config) => {
    const result = goalsConfigSchema.safeParse(config);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe("habits/pair");
  });

  it("describes every field, for the generated JSON Schema", () => {
    const schema = JSON.stringify(z.toJSONSchema(goalsConfigSchema, { io: "input" }));
    // the map, its keys, each entry and its rule
    expect(schema.match(/"description"/g)).toHaveLength(4);
  });
});

describe("applyGoalOverrides", () => {
  const rules = goalRulesOf(document);

  it("leaves goals without an override as classified", () => {
    expect(applyGoalOverrides(rules, {})).toEqual(rules);
    // "Pair with a peer weekly" matches no rule
    expect(rules[1]?.rules.map((rule) => rule.id)).toEqual(["self-assessed"]);
  });

  it("replaces the rules of overridden goals, marked as a config override", () => {
    const applied = applyGoalOverrides(rules, {
      "habits/code-daily": { rule: "self-assessed" },
      "habits/pair": { rule: ["commits", "tests", "commits"] },
      "habits/projects": { rule: "projects" },
    });
    expect(applied[0]?.rules).toEqual([
      {
        id: "self-assessed",
        description: "only you can judge this one",
        matchedBy: "config override",
      },
    ]);
    expect(applied[1]?.rules.map((rule) => [rule.id, rule.matchedBy])).toEqual([
      ["commits", "config override"],
      ["tests", "config override"],
    ]);
    // "Ship 3 apps" names no projects, but an override to projects still reads its aim, 3
    expect(applied[2]?.rules[0]?.target).toBe(3);
  });

  it("goalRulesOf applies the overrides it is given", () => {
    expect(goalRulesOf(document, { "habits/pair": { rule: "updates" } })[1]?.rules[0]?.id).toBe(
      "updates",
    );
  });

  it("names overrides for goals the document does not have", () => {
    expect(
      unknownGoalIds(rules, { "habits/pair": { rule: "tests" }, "habits/gone": { rule: "ci" } }),
    ).toEqual(["habits/gone"]);
  });
});
