import { describe, expect, it } from "vitest";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { visibleLines } from "../../../src/domain/replies/visible-lines.js";

const HOME = { owner: "Codertocat", repo: "Hello-World" };
const text = (line: string) => ({ text: line, code: false });
const code = (line: string) => ({ text: line, code: true });

describe("visibleLines", () => {
  it.each([
    { name: "CRLF and lone CR", body: "a\r\nb\rc", lines: [text("a"), text("b"), text("c")] },
    // A quote becomes a blank line, so the text around it stays two paragraphs.
    {
      name: "a quote",
      body: "mine\n> theirs\n  > theirs too\nmine",
      lines: [text("mine"), text(""), text(""), text("mine")],
    },
    {
      name: "inline and multi-line HTML comments",
      body: "a <!-- x --> b <!-- y -->\n<!--\nWhat did you work on?\n-->after",
      lines: [text("a  b "), text(""), text("after")],
    },
    {
      name: "an unclosed HTML comment hides the rest",
      body: "a\n<!-- draft\nb\nc",
      lines: [text("a"), text("")],
    },
    {
      name: "a backtick fence, closed by a longer one",
      body: "```python\n# a comment\n> not a quote\n<!-- kept -->\n````\nafter",
      lines: [
        code("```python"),
        code("# a comment"),
        code("> not a quote"),
        code("<!-- kept -->"),
        code("````"),
        text("after"),
      ],
    },
    {
      name: "a tilde fence is not closed by backticks",
      body: "~~~\n```\n~~~\nafter",
      lines: [code("~~~"), code("```"), code("~~~"), text("after")],
    },
    {
      name: "an unclosed fence runs to the end",
      body: "```\n## Summary",
      lines: [code("```"), code("## Summary")],
    },
    // Three backticks with more backticks on the line are inline code, not a fence.
    {
      name: "inline code is no fence",
      body: "``` a ``` b\n## x",
      lines: [text("``` a ``` b"), text("## x")],
    },
  ])("handles $name", ({ body, lines }) => {
    expect(visibleLines(body)).toEqual(lines);
  });
});

describe("parseReply: Markdown the learner didn't mean as sections", () => {
  it("reads a CRLF reply with no carriage returns left", () => {
    const reply = parseReply("## Summary\r\nDid X\r\n\r\n## Challenges\r\nY\r\n", HOME);
    expect(reply.sections).toEqual({ summary: "Did X", challenges: "Y" });
  });

  it("does not take a # comment or a label inside a code block as a heading", () => {
    const reply = parseReply(
      `## Challenges
My settings kept failing:
\`\`\`python
# Next steps
Summary: DEBUG = False
\`\`\`
Fixed by reading ALLOWED_HOSTS from the environment.`,
      HOME,
    );
    expect(reply.sections).toEqual({
      challenges:
        "My settings kept failing:\n```python\n# Next steps\nSummary: DEBUG = False\n```\n" +
        "Fixed by reading ALLOWED_HOSTS from the environment.",
    });
  });

  it("keeps headings that are not labels as content, and collapses blank lines outside code", () => {
    const reply = parseReply(
      "## Summary\n### Blog app\n\n\n\nPost model\n```\na\n\n\nb\n```",
      HOME,
    );
    expect(reply.sections.summary).toBe("### Blog app\n\nPost model\n```\na\n\n\nb\n```");
  });

  it("keeps both parts of a section written twice, in order", () => {
    const reply = parseReply("Challenges: CSRF\n## Summary\nLogin\nProblems: sessions", HOME);
    expect(reply.sections.challenges).toBe("CSRF\n\nsessions");
  });
});
