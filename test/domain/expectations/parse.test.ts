import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";

// The first user's real document, copied byte for byte from the shared fixture.
const reference = readFileSync(new URL("../../fixtures/EXPECTATIONS.md", import.meta.url), "utf8");
const EN_DASH = "\u2013";
const EM_DASH = "\u2014";
const APOSTROPHE = "\u2019";

// Written out by hand from the file. `od -c` shows bytes 342 200 223 (U+2013, en dash) in "2–3"
// on line 25 and 342 200 224 (U+2014, em dash) on lines 34, 37, 39 and 56; both are kept.
// Line 26 has two spaces in "my  own"; goal text collapses them, `raw` keeps them.
const expected: [string, string, string[]][] = [
  [
    "1",
    "Skill & Knowledge Goals",
    [
      "Gain strong understanding of backend development using Python and Django",
      "Learn how to build, deploy, and maintain web applications (APIs, web views, logic)",
      "Master the Django ORM (models, migrations, queries)",
      "Understand HTTP, RESTful routing, middleware, authentication, and security",
      "Work with databases (PostgreSQL, MySQL, SQLite) and connect Django to data stores",
      "Implement user registration, login systems, permissions, and CRUD operations",
      "Learn deployment and hosting strategies (e.g. on Linux servers)",
      "Understand version control (Git), CI/CD, and project structure best practices",
    ],
  ],
  [
    "2",
    "Project & Portfolio Goals",
    [
      `Build at least 2${EN_DASH}3 real-world backend projects (e.g. blog, task manager, API service)`,
      "Deploy at least one project to a live server (Heroku, DigitalOcean, or my own Linux VM at Home)",
      "Document code, tests, and setup so others can run your projects",
      "Share progress publicly (GitHub, blog, social media) to solidify learning",
    ],
  ],
  [
    "3",
    "Learning Habits & Discipline",
    [
      `Code daily or on consistent schedule ${EM_DASH} aim for progress, not perfection`,
      "Commit early and commit often; keep version history meaningful",
      "Write tests for core functionality wherever possible",
      `Read documentation (Django, Python, libraries) ${EM_DASH} practice with real examples`,
      "Ask questions, revisit errors, and log reflections in a journal",
      `Pair peer learning or cohort collaboration ${EM_DASH} share ideas and code`,
    ],
  ],
  [
    "4",
    "Personal Growth & Outcomes",
    [
      "Gain confidence in backend development to build full-stack applications in future",
      "Use the skills to contribute to open source or freelance backend tasks",
      "Build a portfolio that demonstrates strong backend foundations",
      "Lay groundwork to learn frontend, DevOps, data engineering, or full-stack",
    ],
  ],
  [
    "5",
    "Accountability & Reflection",
    [
      "Post weekly updates with summary, code, challenges",
      "Reflect on what stuck, what needs review, and next steps",
      `Use this expectation document as a checkpoint ${EM_DASH} revisit mid-course`,
    ],
  ],
];

describe("parseExpectations on the reference document", () => {
  const doc = parseExpectations(reference);

  it("reads the title without its quotes or trailing space", () => {
    expect(doc.title).toBe("EXPECTATION FOR BACKEND WITH PYTHON & DJANGO");
  });

  it("reads the metadata lines above the first section", () => {
    // "Date Started Classes: September 30 2025" is the start date label.
    expect(doc.metadata).toEqual({
      course: "Univelcity, Backend with Python & Django",
      startDate: "2025-09-30",
      cohort: "Foxtrot Cohort",
      learner: "Cosmas Onyekwelu",
    });
    expect(doc.problems).toEqual([]);
  });

  it("finds five numbered sections of 8, 4, 6, 4 and 3 goals", () => {
    expect(
      doc.sections.map((section) => [section.number, section.title, section.goals.length]),
    ).toEqual([
      ["1", "Skill & Knowledge Goals", 8],
      ["2", "Project & Portfolio Goals", 4],
      ["3", "Learning Habits & Discipline", 6],
      ["4", "Personal Growth & Outcomes", 4],
      ["5", "Accountability & Reflection", 3],
    ]);
  });

  it("reads every goal's text exactly, and nothing else (not the closing sentence)", () => {
    expect(
      doc.sections.map((section) => [
        section.number,
        section.title,
        section.goals.map((goal) => goal.text),
      ]),
    ).toEqual(expected);
    const texts = doc.sections.flatMap((section) => section.goals.map((goal) => goal.text));
    expect(texts).toHaveLength(25);
    expect(texts.some((text) => text.includes(`I${APOSTROPHE}m excited`))).toBe(false);
  });

  it("keeps the Markdown as written in raw, bold and trailing spaces included", () => {
    const [skills, projects, habits] = doc.sections;
    expect(skills?.goals[0]?.raw).toBe(
      "Gain strong understanding of **backend development** using Python and Django  ",
    );
    expect(projects?.goals[1]?.raw).toBe(
      "Deploy at least one project to a live server (Heroku, DigitalOcean, or my  own Linux VM at Home)  ",
    );
    expect(habits?.goals[0]?.raw).toBe(
      `Code **daily or on consistent schedule** ${EM_DASH} aim for progress, not perfection  `,
    );
  });

  it("records the line of each goal, for links back to the document", () => {
    // Line 12 is the first bullet under "## 1." (line 10); line 56 is the last goal.
    expect(doc.sections[0]?.goals[0]?.line).toBe(12);
    expect(doc.sections[4]?.goals[2]?.line).toBe(56);
  });

  it("reads the same with CRLF line endings and a byte-order mark", () => {
    const windows = `\uFEFF${reference.replace(/\n/g, "\r\n")}`;
    expect(parseExpectations(windows)).toEqual(doc);
  });

  it("reads the same when re-parsed", () => {
    expect(parseExpectations(reference)).toEqual(doc);
  });
});
