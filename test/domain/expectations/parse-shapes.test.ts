import { describe, expect, it } from "vitest";
import {
  EMPTY_DOCUMENT,
  NO_GOALS,
  NO_SECTIONS,
  parseExpectations,
} from "../../../src/domain/expectations/parse.js";
import type { ExpectationDocument } from "../../../src/domain/expectations/types.js";

const texts = (doc: ExpectationDocument): [string, string[]][] =>
  doc.sections.map((section) => [section.title, section.goals.map((goal) => goal.text)]);

describe("parseExpectations on documents shaped differently", () => {
  it.each(["", "   \n\n\t\n", "\r\n\r\n"])(
    "gives an empty document a valid result and one problem (%j)",
    (markdown) => {
      expect(parseExpectations(markdown)).toEqual({
        metadata: {},
        sections: [],
        problems: [EMPTY_DOCUMENT],
      });
    },
  );

  it("puts bullets of a document without headings in one untitled section", () => {
    const doc = parseExpectations(
      "My goals\n\n- Code daily\n* Write tests\n+ Deploy a project\n1. Post weekly updates\n2) Read docs\n",
    );
    expect(doc.title).toBe("My goals");
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]?.number).toBeUndefined();
    expect(texts(doc)).toEqual([
      ["", ["Code daily", "Write tests", "Deploy a project", "Post weekly updates", "Read docs"]],
    ]);
    expect(doc.problems).toEqual([NO_SECTIONS]);
  });

  it("reports a document with headings but no list items", () => {
    const doc = parseExpectations(
      "# Plans\n\n## Skills\n\nI want to learn Django.\n\n## Projects\n\nA blog.\n",
    );
    expect(doc.title).toBe("Plans");
    expect(texts(doc)).toEqual([
      ["Skills", []],
      ["Projects", []],
    ]);
    expect(doc.problems).toEqual([NO_GOALS]);
  });

  it("uses # headings as sections when there are several and no ## ones", () => {
    const doc = parseExpectations("# Skills\n- Django ORM\n# Habits\n- Code daily\n");
    expect(doc.title).toBeUndefined();
    expect(texts(doc)).toEqual([
      ["Skills", ["Django ORM"]],
      ["Habits", ["Code daily"]],
    ]);
  });

  it("uses ### headings as sections when they are the shallowest below the title", () => {
    const doc = parseExpectations(
      "# Expectations\n### 1) Skills\n- Django ORM\n### 2: Habits ###\n- Code daily\n",
    );
    expect(doc.title).toBe("Expectations");
    expect(doc.sections.map((section) => [section.number, section.title])).toEqual([
      ["1", "Skills"],
      ["2", "Habits"],
    ]);
    expect(doc.problems).toEqual([]);
  });

  it("keeps goals under a deeper subheading in their section", () => {
    const doc = parseExpectations(
      "## Skills\n- Django ORM\n### Stretch\n- GraphQL\n## Habits\n- Code daily\n",
    );
    expect(texts(doc)).toEqual([
      ["Skills", ["Django ORM", "GraphQL"]],
      ["Habits", ["Code daily"]],
    ]);
  });

  it("does not read a year as a section number", () => {
    const doc = parseExpectations("## 2025 Plans\n- Ship\n");
    expect(doc.sections[0]).toMatchObject({ title: "2025 Plans" });
    expect(doc.sections[0]?.number).toBeUndefined();
  });

  it("treats rules, bold lines and paragraphs as no goals", () => {
    const doc = parseExpectations(
      "## Habits\n\n* * *\n***\n**Important:** be kind\n\nClosing words.\n- Code daily\n",
    );
    expect(texts(doc)).toEqual([["Habits", ["Code daily"]]]);
  });

  it("joins a wrapped list item into one goal, and stops at a blank line", () => {
    const doc = parseExpectations(
      "## Skills\n- Master the Django ORM\n  (models, migrations)\n\nNot part of it.\n",
    );
    expect(doc.sections[0]?.goals).toEqual([
      {
        id: "skills/django-orm-models-migrations",
        text: "Master the Django ORM (models, migrations)",
        raw: "Master the Django ORM\n  (models, migrations)",
        line: 2,
      },
    ]);
  });

  it("drops task checkboxes and empty items, and ignores bullets inside code fences", () => {
    const doc = parseExpectations(
      "## Habits\n- [ ] Code daily\n- [x] Write tests\n- \n-   **  **\n```\n- not a goal\n```\n",
    );
    expect(texts(doc)).toEqual([["Habits", ["Code daily", "Write tests"]]]);
  });

  it("reads metadata written as bold labels or list items, and keeps other bullets before the first section", () => {
    const doc = parseExpectations(
      "# My expectations\n\n- **Name:** Ada Obi\n- Cohort: Alpha\n- Start date: 2025-10-06\n- Finish the course\n\n## Skills\n- Django\n",
    );
    expect(doc.metadata).toEqual({ learner: "Ada Obi", cohort: "Alpha", startDate: "2025-10-06" });
    expect(texts(doc)).toEqual([
      ["", ["Finish the course"]],
      ["Skills", ["Django"]],
    ]);
    expect(doc.problems).toEqual([]);
  });

  it("ignores label lines after the first section", () => {
    const doc = parseExpectations("## Skills\nCourse: Not metadata\n- Django\n");
    expect(doc.metadata).toEqual({});
  });

  it("reports an unreadable start date instead of guessing one", () => {
    const doc = parseExpectations("Started: 05/09/2025\n\n## Skills\n- Django\n");
    expect(doc.metadata.startDate).toBeUndefined();
    expect(doc.problems).toEqual([
      'The start date "05/09/2025" (Started) could mean 5 September 2025 or 9 May 2025; write it like 2025-09-30 or September 30, 2025.',
    ]);
  });

  it("strips curly and straight quotes from a title, and emphasis from a heading title", () => {
    expect(parseExpectations("“My Goals”  \n\n- a goal\n").title).toBe("My Goals");
    expect(parseExpectations("# **'Backend year'**\n## Skills\n- Django\n").title).toBe(
      "Backend year",
    );
  });

  it("never throws on odd input", () => {
    const odd = ["#", "##\n-", "- \n---\n- ", "```\n- open fence", "\u0000\u2028- x", ":\n: :"];
    for (const markdown of odd) expect(() => parseExpectations(markdown)).not.toThrow();
  });
});
