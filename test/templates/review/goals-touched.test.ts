import { describe, expect, it } from "vitest";
import { goalsTouchedSection } from "../../../src/templates/review/index.js";

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
