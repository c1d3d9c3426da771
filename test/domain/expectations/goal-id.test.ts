import { describe, expect, it } from "vitest";
import { baseGoalId, claimId, sectionKey } from "../../../src/domain/expectations/goal-id.js";
import { parseExpectations } from "../../../src/domain/expectations/parse.js";

const ids = (markdown: string): string[] =>
  parseExpectations(markdown).sections.flatMap((section) => section.goals.map((goal) => goal.id));

describe("goal ids", () => {
  // Section key: its first two significant words; "Goals" and numbers carry no meaning.
  it.each([
    ["Skill & Knowledge Goals", "skill-knowledge"],
    ["Learning Habits & Discipline", "learning-habits"],
    ["Accountability & Reflection", "accountability-reflection"],
    ["Goals", "goals"],
    ["", "goals"],
  ])("keys section %j as %s", (title, key) => {
    expect(sectionKey(title)).toBe(key);
  });

  // Goal slug: the first four significant words; "the", "and", aspiration verbs such as
  // "master", "gain", "learn" and possessives are left out, diacritics folded.
  it.each([
    [
      "Skill & Knowledge Goals",
      "Master the Django ORM (models, migrations, queries)",
      "skill-knowledge/django-orm-models-migrations",
    ],
    [
      "Project & Portfolio Goals",
      "Build at least 2–3 real-world backend projects",
      "project-portfolio/build-2-3-real",
    ],
    [
      "Learning Habits & Discipline",
      "Code daily or on consistent schedule — aim for progress",
      "learning-habits/code-daily-consistent-schedule",
    ],
    ["Habits", "Commit early and commit often", "habits/commit-early-often"],
    ["Skills", "Learn Django’s café ORM", "skills/django-cafe-orm"],
    ["Habits", "Do it!", "habits/goal"],
  ])("under %j, %j is %s", (section, text, id) => {
    expect(baseGoalId(section, text)).toBe(id);
  });

  it("suffixes a taken id deterministically", () => {
    const taken = new Set(["habits/code-daily", "habits/code-daily-2"]);
    expect(claimId("habits/code-daily", taken)).toBe("habits/code-daily-3");
    expect(claimId("habits/write-tests", taken)).toBe("habits/write-tests");
    expect(taken.has("habits/code-daily-3")).toBe(true);
  });

  it("gives twin goals distinct ids in document order", () => {
    expect(ids("## Habits\n- Code daily\n- Code daily!\n## Other habits\n- Code daily\n")).toEqual([
      "habits/code-daily",
      "habits/code-daily-2",
      "other-habits/code-daily",
    ]);
  });

  it("does not change with whitespace, emphasis, punctuation, numbering or position", () => {
    const before = ids(
      "## 1. Skills\n- Master the Django ORM (models, migrations)\n- Write tests\n",
    );
    const after = ids(
      "# Me\n## 4) Skills\n\n* Write tests  \n1. Master   the **Django ORM** — models; migrations.\n",
    );
    expect(after).toEqual([...before].reverse());
    expect(before).toEqual(["skills/django-orm-models-migrations", "skills/write-tests"]);
  });

  it("does not change when unrelated goals are added or removed", () => {
    const before = ids("## Habits\n- Code daily\n- Write tests\n- Read docs\n");
    const after = ids(
      "## Habits\n- Post weekly updates\n- Write tests\n- Pair with a peer\n- Code daily\n",
    );
    expect(before).toEqual(["habits/code-daily", "habits/write-tests", "habits/read-docs"]);
    expect(after).toEqual([
      "habits/post-weekly-updates",
      "habits/write-tests",
      "habits/pair-peer",
      "habits/code-daily",
    ]);
  });
});
