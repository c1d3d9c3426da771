import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { reviewIssue } from "../../../src/templates/review/review-issue.js";
import { section } from "../weekly/body.js";
import { record } from "../../domain/goals/records.js";
import { DOC_URL, midCourse } from "./twelve-weeks.js";

const { title, body } = reviewIssue(midCourse);

/** The one line of a goal in the goal list, found by the start of its text. */
function goalLine(start: string): string {
  const line = section(body, "Each goal I can judge").find((candidate) =>
    candidate.includes(` · ${start}`),
  );
  if (line === undefined) throw new Error(`no goal “${start}”`);
  return line;
}

/** The lines of one goal in the folded "How each goal was judged": its rules, then its evidence. */
function judgedBlock(id: string): string[] {
  const lines = body.split("\n");
  const at = lines.findIndex((line) => line.startsWith(`- \`${id}\`: `));
  if (at < 0) throw new Error(`no goal ${id}`);
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
    // on track: goals 2, 3, 7, 10, 13, 14, 15, 23, 24; needs attention: 4, 5, 6, 8, 9, 11
    // (9: deployment files, but nothing shows a live server); no evidence yet: 25 (review
    // not answered); self-assessed: 1, 12, 16–22 (9)
    expect(body.split("\n")[0]).toBe(
      "Hi Cosmas! You're halfway through the course. Weeks 1–12 against the 25 goals of your " +
        "expectation document: 9 on track, 6 need attention, 1 with no evidence yet and 9 only you can judge.",
    );
  });

  it("says what moved since the first half, judged by the same rules over weeks 1–6", () => {
    // By week 6: goal 2 had no deployment file and routes in week 6 only; goal 7 no deployment
    // file; goal 10 only ada/blog sustained (tasks first active in week 6). All three are now on
    // track; the ORM, the habits and the updates already were, and none slipped.
    expect(section(body, "What moved")).toEqual([
      "Since week 6, “Learn how to build, deploy, and…”, “Learn deployment and hosting strategies” " +
        "and “Build at least 2–3 real-world backend projects” have come on track.",
    ]);
  });

  it("names the three goals to focus on next, with what each still needs", () => {
    // the first three needing attention, in document order: goals 4, 5 and 6
    expect(section(body, "Focus next")).toEqual([
      "- Understand HTTP, RESTful routing, middleware, authentication,…: no middleware seen yet",
      "- Work with databases: database settings or drivers in week 8: config/settings.py",
      "- Implement user registration, login systems, permissions,…: " +
        "create, update or delete views or forms in week 7: tasks/views.py",
    ]);
  });

  it("charts the weeks with a legend for its colours, the figures folded away as text", () => {
    expect(section(body, "Your weeks")).toEqual([
      "🟦 test files changed (bars) · 🟧 commits · 🟩 active days",
      "```mermaid",
      "---",
      "config:",
      "  themeVariables:",
      "    xyChart:",
      '      plotColorPalette: "#0969da, #bc4c00, #1a7f37"',
      "---",
      "xychart-beta",
      `  x-axis [${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `"W${n}"`).join(", ")}]`,
      '  y-axis "Per week" 0 --> 12', // the most commits, week 6
      "  bar [0, 1, 2, 0, 0, 3, 1, 0, 1, 2, 0, 1]",
      "  line [3, 8, 10, 7, 0, 12, 6, 9, 4, 11, 7, 5]",
      "  line [2, 4, 5, 4, 0, 6, 3, 5, 2, 6, 4, 3]",
      "```",
      "<details><summary>The figures week by week</summary>",
      "Weeks 1–12 · commits: 3, 8, 10, 7, 0, 12, 6, 9, 4, 11, 7, 5 · " +
        "active days: 2, 4, 5, 4, 0, 6, 3, 5, 2, 6, 4, 3 · " +
        "test files: 0, 1, 2, 0, 0, 3, 1, 0, 1, 2, 0, 1",
      "</details>",
    ]);
  });

  it("lists each goal the weeks can judge in one line, under its section, in document order", () => {
    const list = section(body, "Each goal I can judge");
    // section 4 holds only self-assessed goals: it is left to the checklist
    expect(list.filter((line) => line.startsWith("**"))).toEqual([
      "**1. Skill \\& Knowledge Goals**",
      "**2. Project \\& Portfolio Goals**",
      "**3. Learning Habits \\& Discipline**",
      "**5. Accountability \\& Reflection**",
    ]);
    expect(list.filter((line) => line.startsWith("- **"))).toHaveLength(16); // 25 − 9
  });

  it("shows a habit on track with its strongest evidence", () => {
    // 4+ days in weeks 2 (4), 3 (5), 4 (4), 6 (6), 8 (5), 10 (6), 11 (4): 7 of 12
    expect(goalLine("Code daily")).toBe(
      "- **On track** · Code daily or on consistent schedule: active 4+ days in 7 of 12 weeks",
    );
    // 7+ commits in the same weeks; 3+8+10+7+0+12+6+9+4+11+7+5 = 82
    expect(goalLine("Commit early")).toBe(
      "- **On track** · Commit early and commit often: 7+ commits in 7 of 12 weeks, 82 in all",
    );
    // weeks 2, 3, 6, 7, 9, 10, 12; files 1+2+3+1+1+2+1 = 11; cases 2+3+5+1+2+4+1 = 18
    expect(goalLine("Write tests")).toBe(
      "- **On track** · Write tests for core functionality wherever possible: " +
        "test files changed in 7 of 12 weeks: 11 test files, 18 new test cases",
    );
  });

  it("shows a goal of several rules by the rule still to do, every rule's evidence folded away", () => {
    expect(goalLine("Understand HTTP")).toBe(
      "- **Needs attention** · Understand HTTP, RESTful routing, middleware, authentication,…: " +
        "no middleware seen yet",
    );
    expect(judgedBlock("skill-knowledge/http-restful-routing-middleware")).toEqual([
      "- `skill-knowledge/http-restful-routing-middleware`: URL routes, API views and serializers added — keyword “HTTP”; middleware written or configured — keyword “middleware”; login, registration and permission code added — keyword “authentication”",
      "  - URL routes, API views or serializers in weeks 6, 10: blog/urls.py, tasks/urls.py",
      "  - no middleware seen yet",
      "  - login, registration or permission code in weeks 6, 10: accounts/views.py, accounts/forms.py",
      "  - weeks 1, 2 predate these measures",
    ]);
    const folded = body.slice(body.indexOf("<details><summary>How each goal was judged</summary>"));
    expect(folded.indexOf("</details>")).toBeGreaterThan(
      folded.indexOf("skill-knowledge/http-restful-routing-middleware"),
    );
  });

  it("judges projects, deployment, the README and the review by their facts", () => {
    // blog active in weeks 3, 4, 6, 9, 10, 12; tasks in 6, 7, 8, 10, 11: both sustained
    expect(goalLine("Build at least")).toBe(
      "- **On track** · Build at least 2–3 real-world backend projects: " +
        "2 Django projects with commits in 2+ weeks: ada/blog and ada/tasks",
    );
    // a Procfile since week 9, but no deploy workflow and no live address in a README
    expect(goalLine("Deploy at least")).toBe(
      "- **Needs attention** · Deploy at least one project to…: " +
        "ready to deploy: 1 deployment file in your repositories",
    );
    expect(judgedBlock("project-portfolio/deploy-one-project-live").slice(1, 3)).toEqual([
      "  - ready to deploy: 1 deployment file in your repositories (week 12)",
      "  - not live yet: a deploy workflow, or the live address in your README, shows it running",
    ]);
    expect(goalLine("Document code")).toBe(
      "- **Needs attention** · Document code, tests, and setup so…: " +
        "your READMEs say how to set up and run, not yet how to test",
    );
    expect(goalLine("Use this expectation document")).toBe(
      "- **No evidence yet** · Use this expectation document as a checkpoint: " +
        "answering the mid-course review counts as revisiting your document",
    );
  });

  it("leaves self-assessed goals to the checklist, in the learner's words", () => {
    expect(body).not.toContain("**Self-assessed**");
    const checklist = section(body, "Only you can judge these").filter((line) =>
      line.startsWith("- [ ] "),
    );
    expect(checklist).toHaveLength(9);
    expect(checklist).toContain(
      "- [ ] Gain confidence in backend development to build full-stack applications in future " +
        "<!-- checkpoint:goal personal-growth/confidence-backend-development-build -->",
    );
    expect(judgedBlock("personal-growth/confidence-backend-development-build")).toEqual([
      "- `personal-growth/confidence-backend-development-build`: you, in the checklist — no rule matched: self-assessed",
    ]);
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
      /^Halfway, reread \[your expectation document\]\[ref-1\]: is every goal still yours\?/,
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
    expect(partial.split("\n").filter((line) => /^- \*\*/.test(line))).toHaveLength(16);
    expect(partial).toContain("- **On track** · Master the Django ORM");
    expect(partial).toContain("personal-growth/lay-groundwork-frontend-devops -->");
  });

  it("marks the revisit goal on track once the mid-course review is answered", () => {
    const final = reviewIssue({
      ...midCourse,
      kind: "final",
      week: 24,
      context: { ...midCourse.context, reviewAnswered: true },
    });
    // the revisit goal (25) comes on track: 10 on track, 6 needing attention
    expect(final.body.split("\n")[0]).toBe(
      "Hi Cosmas! You've reached the end of the course. Weeks 1–12 against the 25 goals of " +
        "your expectation document: 10 on track, 6 need attention and 9 only you can judge.",
    );
    expect(readMarker(final.body)).toMatchObject({ kind: "review", review: "final", week: 24 });
  });

  it("has no trend before the first week, and says no steps were recorded", () => {
    const { body: empty } = reviewIssue({ ...midCourse, history: [], nextSteps: [] });
    expect(section(empty, "Your weeks")).toEqual([]);
    expect(section(empty, "What moved")).toEqual([]);
    expect(empty).toContain("- **No evidence yet** · Code daily");
    expect(section(empty, "Your next steps")[0]).toMatch(/^No next steps recorded yet/);
  });

  it("says which goals slipped since the first half, and when none came on track", () => {
    // weeks 1–3 active 4 days each, weeks 4–7 none: code daily was on track by week 3
    // (3 of 3 weeks) and is not now (3 of 7, under half); no goal came on track since
    const history = [1, 2, 3, 4, 5, 6, 7].map((week) =>
      record(week, week <= 3 ? { commits: 2, activeDays: 4 } : {}),
    );
    const { body: slipped } = reviewIssue({ ...midCourse, history });
    expect(section(slipped, "What moved")).toEqual([
      "Since week 3, no goal has come on track yet; the ones below are where to start. " +
        "“Code daily or on consistent schedule” was on track then and could use some time again.",
    ]);
  });
});
