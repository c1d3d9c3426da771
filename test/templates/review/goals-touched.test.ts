import { describe, expect, it } from "vitest";
import {
  goalsTouchedSection,
  unknownGoalsNote,
} from "../../../src/templates/review/goals-touched.js";

describe("goalsTouchedSection", () => {
  it("is empty when nothing was touched", () => {
    expect(goalsTouchedSection([])).toBe("");
  });

  it("lists each goal in one short line, with what the week did beyond its figures, escaped", () => {
    expect(
      goalsTouchedSection([
        {
          goalId: "a/daily",
          text: "Code daily or on consistent schedule — aim for progress, not perfection",
          evidence: "active on 5 days",
          beyondFigures: "",
        },
        {
          goalId: "a/http",
          text: "Understand HTTP & REST (routing, middleware)",
          evidence: "URL routes, API views or serializers in blog/api_urls.py",
          beyondFigures: "URL routes, API views or serializers in blog/api_urls.py",
        },
        {
          goalId: "a/backend",
          text: "Gain strong understanding of backend development using Python and Django",
          evidence: "1 model file; 7 commits",
          beyondFigures: "1 model file",
        },
      ]),
    ).toBe(
      [
        "### Goals this week moved",
        "",
        // the first clause, before the dash; active days are a figure the issue shows
        "- Code daily or on consistent schedule",
        "- Understand HTTP \\& REST: URL routes, API views or serializers in blog/api\\_urls.py",
        // no clause break: the first six words
        "- Gain strong understanding of backend development…: 1 model file",
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
