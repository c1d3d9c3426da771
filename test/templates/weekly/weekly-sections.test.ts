import { describe, expect, it } from "vitest";
import type { RepoActivity } from "../../../src/domain/activity.js";
import {
  VAGUE_MESSAGE_RULE,
  VERY_LARGE_COMMIT_RULE,
} from "../../../src/domain/measures/commit-messages.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { SECTIONS } from "../../../src/domain/replies/sections.js";
import { weeklyIssue, type WeeklyIssueView } from "../../../src/templates/weekly/weekly-issue.js";
import { inline, section } from "./body.js";
import {
  BLOG,
  blogApi,
  commit,
  measure,
  notes,
  sha,
  targets,
  taskManager,
  window,
} from "./week-fixture.js";

const render = (repos: RepoActivity[], view: Partial<WeeklyIssueView> = {}) =>
  inline(
    weeklyIssue({
      learnerName: "Ada",
      window,
      measures: measure(repos),
      targets,
      messageRule: "RULE",
      ...view,
    }).body,
  );

const commitUrl = (n: number) => `https://github.com/ada/blog-api/commit/${sha(n)}`;
const WJ = "\u2060";
const busy = render([blogApi(), taskManager(), notes()]);

/** Ada's blog with only well-described, small commits and a README that covers everything. */
function tidyBlog(): RepoActivity {
  const blog = blogApi();
  blog.commits = blog.commits.filter((commit) => /^[1358]/.test(commit.sha));
  blog.head.readme += "\n## Tests\npython manage.py test\n";
  return blog;
}

describe("the per-repository breakdown", () => {
  it("lists each repository with commits this week, and leaves out the quiet one", () => {
    // blog: 7 commits on Tue, Wed, Fri, Sun; test_models.py added, tests.py changed.
    // tasks: 1 commit on Fri; test_views.py changed. notes: nothing.
    expect(section(busy, "By repository")).toEqual([
      "- [ada/blog-api](https://github.com/ada/blog-api): 7 commits, 4 days, 2 test files",
      "- [ada/task-manager](https://github.com/ada/task-manager): 1 commit, 1 day, 1 test file",
    ]);
  });

  it("is absent when only one repository had commits", () => {
    expect(render([blogApi(), notes()])).not.toContain("### By repository");
  });
});

describe("worth a look", () => {
  const hints = section(busy, "Worth a look");

  it("quotes vague messages with linked short SHAs, one line each", () => {
    expect(hints[0]).toBe(
      `- 2 commit messages could say more: [\`2222222\`](${commitUrl(2)}) “fix”, ` +
        `[\`4444444\`](${commitUrl(4)}) “wip”.`,
    );
  });

  it("quotes a hostile very large commit without breaking out of the line", () => {
    // 1400 added + 0 deleted lines; `|`, `*` and backticks escaped, `<` as &lt;; @ and # disarmed
    expect(hints[1]).toBe(
      `- 1 very large commit: [\`6666666\`](${commitUrl(6)}) ` +
        `“Fix \\\`a\\|b\\\` &lt;img src=x onerror=alert(1)\\> \\*\\*now\\*\\* @${WJ}bob #${WJ}3” ` +
        "(1,400 lines, 3 files).",
    );
    // every "<" in the body is escaped, apart from the reply template's and the marker's comments
    // and the one <details> that folds the reasons away
    expect(busy.replace(/<\/?(details|summary)>/g, "")).not.toMatch(/(?<!\\)<(?!!--)/);
    expect(busy).not.toContain("@bob");
  });

  it("names what each README worked on this week does not yet say", () => {
    // blog's README has Setup (pip install) and runserver, no test command;
    // tasks' README has none; notes has no README but no commits either.
    expect(hints.slice(2, 4)).toEqual([
      "- [ada/blog-api's README](https://github.com/ada/blog-api/blob/main/README.md) doesn't say yet " +
        "how to test it.",
      "- [ada/task-manager's README](https://github.com/ada/task-manager/blob/main/README.md) doesn't " +
        "say yet how to set up, run or test it.",
    ]);
  });

  it("folds why each hint matters, and the rules that found them, into one <details>", () => {
    const folded = hints.slice(
      hints.indexOf("<details><summary>Why these, and how I spot them</summary>"),
    );
    expect(folded).toEqual([
      "<details><summary>Why these, and how I spot them</summary>",
      "- **Commit messages:** a line on what changed and why helps anyone reading the history, " +
        "future you included. RULE",
      `- **Large commits:** smaller ones are easier to review, and to undo. ${VERY_LARGE_COMMIT_RULE}`,
      // two README hints, one reason
      "- **READMEs:** a few lines on how to set up, run and test a project help anyone who wants to try it.",
      "</details>",
    ]);
  });

  it("notes a repository worked on without a README", () => {
    const bare = taskManager();
    bare.head = { paths: [] };
    expect(section(render([tidyBlog(), bare]), "Worth a look").slice(0, 2)).toEqual([
      "- [ada/task-manager](https://github.com/ada/task-manager) has no README yet.",
      "<details><summary>Why these, and how I spot them</summary>",
    ]);
  });

  it("quotes at most three vague messages", () => {
    const blog = tidyBlog();
    blog.commits = ["fix", "wip", "update", "tmp", "stuff"].map((message, i) =>
      commit(BLOG, i + 1, "2025-11-18T08:00:00Z", message),
    );
    expect(section(render([blog]), "Worth a look")[0]).toMatch(
      /^- 5 commit messages could say more: .*“fix”, .*“wip”, .*“update” and 2 more\.$/,
    );
  });

  it("is absent when nothing applies", () => {
    expect(render([tidyBlog()])).not.toContain("Worth a look");
  });
});

describe("last week's plan", () => {
  it("quotes each planned step as a task to tick, in the learner's own Markdown", () => {
    const planned = render([blogApi()], {
      plannedLastWeek: ["Write tests for the comments API", "Read about `select_related` <b>"],
    });
    expect(section(planned, "Last week's plan: how did it go?")).toEqual([
      "- [ ] Write tests for the comments API",
      "- [ ] Read about `select_related` &lt;b>",
    ]);
  });

  it.each([undefined, [], ["  "]])("is absent without steps (%j)", (steps) => {
    expect(render([blogApi()], { plannedLastWeek: steps })).not.toContain("Last week's plan");
  });
});

describe("the reply template", () => {
  const update = section(busy, "Your update");
  const block = update.slice(update.indexOf("```markdown") + 1, update.lastIndexOf("```"));

  it("is one copyable markdown block with every section of SECTIONS and its prompt", () => {
    expect(update[0]).toBe("Copy it into a comment and fill it in.");
    expect(block).toEqual(SECTIONS.flatMap((s) => [`### ${s.label}`, `<!-- ${s.prompt} -->`]));
  });

  it("parses back into every section once filled in", () => {
    const template = busy.slice(busy.indexOf("```markdown\n") + 12, busy.lastIndexOf("\n```"));
    const filled = template.replace(/-->\n/g, "-->\nSomething I wrote.\n") + "\nSomething I wrote.";
    const reply = parseReply(filled, { owner: "ada", repo: "checkpoint" });
    expect(reply.missing).toEqual([]);
    expect(Object.values(reply.sections)).toEqual(SECTIONS.map(() => "Something I wrote."));
  });

  it("comes after everything else but the link definitions and the marker", () => {
    const raw = weeklyIssue({
      learnerName: "Ada",
      window,
      measures: measure([blogApi()]),
      targets,
      messageRule: VAGUE_MESSAGE_RULE,
    }).body;
    const afterTemplate = raw
      .slice(raw.lastIndexOf("```") + 3)
      .trim()
      .split("\n")
      .filter((line) => line !== "");
    expect(afterTemplate.slice(0, -1).every((line) => /^\[ref-\d+\]: https:\/\//.test(line))).toBe(
      true,
    );
    expect(afterTemplate.at(-1)).toMatch(/^<!-- checkpoint:v1 /);
  });
});
