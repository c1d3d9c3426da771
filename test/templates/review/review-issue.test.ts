import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { reviewIssue } from "../../../src/templates/review/index.js";
import { section } from "../weekly/body.js";
import { DOC_URL, midCourse } from "./twelve-weeks.js";

const { title, body } = reviewIssue(midCourse);

/** The lines of one goal: its badge line and the indented lines under it. */
function goalBlock(start: string): string[] {
  const lines = body.split("\n");
  const at = lines.findIndex((line) => line.includes(` · ${start}`));
  if (at < 0) throw new Error(`no goal “${start}”`);
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((line) => !line.startsWith("  - "));
  return [lines[at] ?? "", ...rest.slice(0, end < 0 ? undefined : end)];
}

describe("the mid-course review of twelve weeks", () => {
  it("is titled with the review and its week", () => {
    expect(title).toBe("Mid-course review · Week 13");
    expect(reviewIssue({ ...midCourse, kind: "final", week: 24 }).title).toBe(
      "Final review · Week 24",
    );
  });

  it("opens with the tally of every goal's status", () => {
    // on track: goals 2, 3, 7, 9, 10, 13, 14, 15, 23, 24; needs attention: 4, 5, 6, 8, 11;
    // no evidence yet: 25 (review not answered); self-assessed: 1, 12, 16–22 (9)
    expect(body.split("\n")[0]).toBe(
      "Hi Cosmas! You're halfway through the course. This review holds weeks 1–12 up against " +
        "every goal in your expectation document (25 goals): 10 on track, 5 need attention, " +
        "1 with no evidence yet and 9 only you can judge.",
    );
  });

  it("charts commits and active days as lines and test files as bars, after a text line", () => {
    expect(section(body, "Your weeks")).toEqual([
      "Weeks 1–12 · commits: 3, 8, 10, 7, 0, 12, 6, 9, 4, 11, 7, 5 · " +
        "active days: 2, 4, 5, 4, 0, 6, 3, 5, 2, 6, 4, 3 · " +
        "test files: 0, 1, 2, 0, 0, 3, 1, 0, 1, 2, 0, 1",
      "Bars: test files changed. Lines: commits and active days.",
      "```mermaid",
      "xychart-beta",
      '  title "Your weeks"',
      `  x-axis [${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `"W${n}"`).join(", ")}]`,
      '  y-axis "Per week" 0 --> 12', // the most commits, week 6
      "  bar [0, 1, 2, 0, 0, 3, 1, 0, 1, 2, 0, 1]",
      "  line [3, 8, 10, 7, 0, 12, 6, 9, 4, 11, 7, 5]",
      "  line [2, 4, 5, 4, 0, 6, 3, 5, 2, 6, 4, 3]",
      "```",
    ]);
  });

  it("groups the goals under their sections, in document order", () => {
    const headings = body.split("\n").filter((line) => /^### \d/.test(line));
    expect(headings).toEqual([
      "### 1. Skill \\& Knowledge Goals",
      "### 2. Project \\& Portfolio Goals",
      "### 3. Learning Habits \\& Discipline",
      "### 4. Personal Growth \\& Outcomes",
      "### 5. Accountability \\& Reflection",
    ]);
    expect(body.split("\n").filter((line) => /^- \*\*/.test(line))).toHaveLength(25);
  });

  it("shows a habit on track with its figures", () => {
    expect(goalBlock("Code daily")).toEqual([
      "- **On track** · Code daily or on consistent schedule — aim for progress, not perfection",
      "  - Judged by: active days per week — keyword “daily” · `learning-habits/code-daily-consistent-schedule`",
      // 4+ days in weeks 2 (4), 3 (5), 4 (4), 6 (6), 8 (5), 10 (6), 11 (4): 7 of 12
      "  - active 4+ days in 7 of 12 weeks (weeks 2–4, 6, 8, 10, 11)",
    ]);
    expect(goalBlock("Commit early")).toEqual([
      "- **On track** · Commit early and commit often; keep version history meaningful",
      "  - Judged by: commits per week, and commit messages that say what changed — keyword “Commit” · `learning-habits/commit-early-often-keep`",
      // 7+ commits in the same weeks; 3+8+10+7+0+12+6+9+4+11+7+5 = 82
      "  - 7+ commits in 7 of 12 weeks (weeks 2–4, 6, 8, 10, 11), 82 in all",
      // weeks 3–12 carry facts: 82 − 3 − 8 = 71 messages, 1 + 2 + 1 = 4 vague (≤ a quarter)
      "  - 4 of 71 commit messages in weeks 3–12 were vague",
    ]);
    expect(goalBlock("Write tests")[2]).toBe(
      // weeks 2, 3, 6, 7, 9, 10, 12; files 1+2+3+1+1+2+1 = 11; cases 2+3+5+1+2+4+1 = 18
      "  - test files changed in 7 of 12 weeks (weeks 2, 3, 6, 7, 9, 10, 12): 11 test files, 18 new test cases",
    );
  });

  it("shows a goal of several rules needing attention, with every rule's evidence", () => {
    expect(goalBlock("Understand HTTP")).toEqual([
      "- **Needs attention** · Understand HTTP, RESTful routing, middleware, authentication, and security",
      "  - Judged by: URL routes, API views and serializers added — keyword “HTTP”; middleware written or configured — keyword “middleware”; login, registration and permission code added — keyword “authentication” · `skill-knowledge/http-restful-routing-middleware`",
      "  - URL routes, API views or serializers in weeks 6, 10: blog/urls.py, tasks/urls.py",
      "  - no middleware seen yet",
      "  - login, registration or permission code in weeks 6, 10: accounts/views.py, accounts/forms.py",
      "  - weeks 1, 2 predate these measures",
    ]);
  });

  it("judges projects, deployment, the README and the review by their facts", () => {
    // blog active in weeks 3, 4, 6, 9, 10, 12; tasks in 6, 7, 8, 10, 11: both sustained
    expect(goalBlock("Build at least")[2]).toBe(
      "  - 2 Django projects with commits in 2+ weeks: ada/blog (6 weeks) and ada/tasks (5 weeks)",
    );
    expect(goalBlock("Deploy at least").slice(0, 4)).toEqual([
      "- **On track** · Deploy at least one project to a live server (Heroku, DigitalOcean, or my own Linux VM at Home)",
      "  - Judged by: deployment files (Procfile, Dockerfile, render.yaml…) in your repositories — keyword “Deploy” · `project-portfolio/deploy-one-project-live`",
      "  - deployment files changed in week 9",
      "  - 1 deployment file in your repositories (week 12)",
    ]);
    expect(goalBlock("Document code").slice(0, 4)).toEqual([
      "- **Needs attention** · Document code, tests, and setup so others can run your projects",
      "  - Judged by: README says how to set up, run and test — keyword “Document” · `project-portfolio/document-code-tests-setup`",
      "  - your READMEs say how to set up and run, not yet how to test (week 12)",
      "  - README or docs changed in weeks 1, 4, 6, 9, 12",
    ]);
    expect(goalBlock("Use this expectation document")[0]).toBe(
      "- **No evidence yet** · Use this expectation document as a checkpoint — revisit mid-course",
    );
  });

  it("leaves self-assessed goals to the checklist, saying why", () => {
    expect(goalBlock("Gain confidence")).toEqual([
      "- **Self-assessed** · Gain confidence in backend development to build full-stack applications in future",
      "  - Judged by: you, in the checklist below — no rule matched: self-assessed · `personal-growth/confidence-backend-development-build`",
    ]);
    const checklist = section(body, "Only you can judge these").filter((line) =>
      line.startsWith("- [ ] "),
    );
    expect(checklist).toHaveLength(9);
  });

  it("lists the recorded next steps by week, and how many were followed up", () => {
    expect(section(body, "Your next steps")).toEqual([
      // 2 + 1 + 2 steps over weeks 1, 2, 6 (week 9 recorded none)
      "You recorded 5 next steps over 3 weeks; 3 of them were followed up in a later update.",
      "- Week 1: Set up the blog project · Read the Django tutorial",
      "- Week 2: Add a Post model",
      "- Week 6: Write view tests · Deploy to Render",
    ]);
  });

  it("asks to revisit the document, linking to it", () => {
    expect(section(body, "Revisit your expectation document")[0]).toMatch(
      /^Halfway is a good moment to reread \[your expectation document\]\[ref-1\]\./,
    );
    expect(body).toContain(`[ref-1]: ${DOC_URL}`);
    expect(section(reviewIssue({ ...midCourse, kind: "final" }).body, "Looking back")[0]).toBe(
      "Reread [your expectation document][ref-1] one last time: which goals would you keep " +
        "for what comes next? Reply here with your thoughts.",
    );
  });

  it("remembers every goal's status in its marker", () => {
    const marker = readMarker(body);
    expect(marker).toMatchObject({ kind: "review", review: "mid-course", week: 13 });
    const goals = marker?.["goals"] as Record<string, string>;
    expect(Object.keys(goals)).toHaveLength(25);
    expect(goals["skill-knowledge/django-orm-models-migrations"]).toBe("on track"); // weeks 3, 6
    expect(goals["skill-knowledge/work-databases-postgresql-mysql"]).toBe("needs attention"); // week 8 only
    expect(goals["accountability-reflection/post-weekly-updates-summary"]).toBe("on track"); // 8 of 12
    expect(goals["personal-growth/build-portfolio-demonstrates-backend"]).toBe("self-assessed");
    expect(body.trimEnd().split("\n").at(-1)).toMatch(/^<!-- checkpoint:v1 /);
  });
});

describe("other reviews", () => {
  it("classifies goals the given rules do not cover rather than dropping them", () => {
    const { body: partial } = reviewIssue({ ...midCourse, rules: [] });
    expect(partial.split("\n").filter((line) => /^- \*\*/.test(line))).toHaveLength(25);
    expect(partial).toContain("- **On track** · Master the Django ORM");
  });

  it("marks the revisit goal on track once the mid-course review is answered", () => {
    const final = reviewIssue({
      ...midCourse,
      kind: "final",
      week: 24,
      context: { ...midCourse.context, reviewAnswered: true },
    });
    expect(final.body.split("\n")[0]).toBe(
      "Hi Cosmas! You've reached the end of the course. This review holds weeks 1–12 up against " +
        "every goal in your expectation document (25 goals): 11 on track, 5 need attention " +
        "and 9 only you can judge.",
    );
    expect(readMarker(final.body)).toMatchObject({ kind: "review", review: "final", week: 24 });
  });

  it("has no trend before the first week, and says no steps were recorded", () => {
    const { body: empty } = reviewIssue({ ...midCourse, history: [], nextSteps: [] });
    expect(section(empty, "Your weeks")).toEqual([]);
    expect(empty).toContain("- **No evidence yet** · Code daily");
    expect(section(empty, "Your next steps")[0]).toMatch(/^No next steps recorded yet/);
  });
});
