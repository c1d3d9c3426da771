import { describe, expect, it } from "vitest";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";

const HOME = { owner: "Codertocat", repo: "Hello-World" };

describe("parseReply: next steps as items", () => {
  it.each([
    {
      name: "numbered with ')', wrapped, nested, then prose lines, a code block and a rule",
      body: `## Next steps
1) Finish the comment form
   and its validation
2) Deploy
   - set up nginx
   - add a systemd unit

Read chapter 5 of Two Scoops.
Pair with Ada on Friday.

\`\`\`bash
python manage.py test
\`\`\`
---`,
      // The indented "and its validation" continues item 1; nested bullets are items of their own.
      items: [
        "Finish the comment form and its validation",
        "Deploy",
        "set up nginx",
        "add a systemd unit",
        "Read chapter 5 of Two Scoops.",
        "Pair with Ada on Friday.",
      ],
    },
    {
      name: "task lists in every marker, checked or not, an empty box skipped",
      body: `## Next steps
- [ ] write tests
* [X] read the testing docs
+ [x] fix flake8 warnings
- [ ]
3. [ ] add CI`,
      items: ["write tests", "read the testing docs", "fix flake8 warnings", "add CI"],
    },
    {
      // Markdown reads an indented line after prose as the same paragraph.
      name: "a wrapped line of prose",
      body: "## Next steps\nRead chapter 5\n  of Two Scoops\nDeploy",
      items: ["Read chapter 5 of Two Scoops", "Deploy"],
    },
    {
      name: "text on the label's line, then bullets",
      body: "Next: write tests\n- deploy",
      items: ["write tests", "deploy"],
    },
    {
      name: "a bold label with its text",
      body: "**Next steps:** write the README",
      items: ["write the README"],
    },
    {
      name: "a heading inside the section",
      body: "## Next steps\n### Blog\n- comments\n### API\n- throttling",
      items: ["comments", "throttling"],
    },
  ])("$name", ({ body, items }) => {
    expect(parseReply(body, HOME).nextSteps).toEqual(items);
  });

  it("keeps the section's Markdown as written, code block included", () => {
    const reply = parseReply("## Next steps\n- run\n```\npython manage.py test\n```\n---\n", HOME);
    // The trailing "---" separates sections; it belongs to none.
    expect(reply.sections.nextSteps).toBe("- run\n```\npython manage.py test\n```");
  });
});
