import { describe, expect, it } from "vitest";
import { goalsTouchedSection, unknownGoalsNote } from "../../../src/templates/review/index.js";

describe("goalsTouchedSection", () => {
  it("is empty when nothing was touched", () => {
    expect(goalsTouchedSection([])).toBe("");
  });

  it("lists each goal with what the week did, escaping both", () => {
    expect(
      goalsTouchedSection([
        { goalId: "a/daily", text: "Code daily", evidence: "active on 5 days" },
        {
          goalId: "a/http",
          text: "Understand HTTP & REST",
          evidence: "URL routes, API views or serializers in blog/api_urls.py",
        },
      ]),
    ).toBe(
      [
        "### Goals touched this week",
        "",
        "- Code daily: active on 5 days",
        "- Understand HTTP \\& REST: URL routes, API views or serializers in blog/api\\_urls.py",
      ].join("\n"),
    );
  });
});

describe("unknownGoalsNote", () => {
  it("names every override that matches no goal, as config fields", () => {
    expect(unknownGoalsNote(["skills/old-goal"], "EXPECTATIONS.md")).toBe(
      "`goals.skills/old-goal` in `.github/checkpoint.yml` names no goal of `EXPECTATIONS.md`; the review issue shows each goal's id.",
    );
    expect(unknownGoalsNote(["a/b", "c/d"], "docs/goals.md")).toContain(
      "`goals.a/b`, `goals.c/d` in",
    );
  });
});
