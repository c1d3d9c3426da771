import { describe, expect, it } from "vitest";
import { excerpt } from "../../../src/templates/replies/excerpt.js";

describe("excerpt: the first point of a section, short and safe", () => {
  it.each([
    {
      name: "the first sentence of a paragraph",
      markdown: "Built the Post list view. Added pagination.",
      expected: "Built the Post list view.",
    },
    {
      // "Hey!" is 4 characters: too short to stand alone, so the sentence runs on to the next end.
      name: "a greeting too short to stand alone",
      markdown: "Hey! I got the login view working. Then tests.",
      expected: "Hey! I got the login view working.",
    },
    {
      name: "a paragraph wrapped over lines, with a file name that is not a sentence end",
      markdown: "Moved the settings into\nsettings.py and base.py today",
      expected: "Moved the settings into settings.py and base.py today",
    },
    {
      name: "the first bullet whole, task box and marker removed",
      markdown: "- [x] Wrote tests. All green.\n- Deployed",
      expected: "Wrote tests. All green.",
    },
    {
      name: "formatting removed, underscores of identifiers escaped",
      markdown: "**Finally** `select_related` makes [sense](https://example.com).",
      expected: "Finally select\\_related makes sense.",
    },
    {
      name: "a code block skipped for the prose after it",
      markdown: "```python\n# not a heading\n```\n### Views\nThe list view paginates now.",
      expected: "The list view paginates now.",
    },
    {
      name: "nothing but code",
      markdown: "~~~\nclass PostList(ListView):\n~~~",
      expected: "",
    },
  ])("$name", ({ markdown, expected }) => {
    expect(excerpt(markdown)).toBe(expected);
  });

  it("cuts near 100 characters with an ellipsis", () => {
    // 30 words of "abcd" joined by spaces are 149 characters with no sentence end: the cut
    // keeps 99 (24 whole words and 3 letters of the 25th), and "…" makes 100.
    const long = Array.from({ length: 30 }, () => "abcd").join(" ");
    const cut = excerpt(long);
    expect(cut).toBe(`${long.slice(0, 99)}…`);
    expect(Array.from(cut)).toHaveLength(100);
  });

  it("escapes HTML, table pipes, mentions and issue references", () => {
    expect(excerpt("<script>alert(1)</script> | ping @someone about #3")).toBe(
      "&lt;script\\>alert(1)&lt;/script\\> \\| ping @\u2060someone about #\u20603",
    );
  });
});
