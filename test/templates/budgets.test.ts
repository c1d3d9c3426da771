import { describe, expect, it } from "vitest";
import { visibleWords } from "../helpers/visible-words.js";
import { TEXTS } from "../render/texts.js";

/**
 * Word budgets of what a learner reads first, counted as they see it: outside <details>,
 * code blocks and HTML comments, after GitHub renders the Markdown.
 */
describe("word budgets", () => {
  it.each([
    // an active one-repository week with goals and last week's plan: under a minute's read
    ["weekly-one-repository", 180],
    ["weekly-three-repositories", 260],
    // the reference document at week 12, the first screen a learner finishes
    ["review", 600],
  ])("%s stays within %i visible words", (name, budget) => {
    const text = TEXTS[name];
    expect(text).toBeDefined();
    expect(visibleWords(text?.body ?? "").length).toBeLessThanOrEqual(budget);
  });

  it("counts words the way a reader sees them", () => {
    const body = [
      "Hi **Ada**! [Two links][ref-1] and [one](https://example.com/a-b-c).",
      "",
      "<details><summary>Folded</summary>",
      "",
      "Many words hidden away here.",
      "",
      "</details>",
      "",
      "```markdown",
      "### Code words",
      "```",
      "<!-- a comment -->",
      "",
      "[ref-1]: https://example.com",
    ].join("\n");
    expect(visibleWords(body)).toEqual(["Hi", "Ada", "Two", "links", "and", "one"]);
  });
});
