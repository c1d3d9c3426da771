import { describe, expect, it } from "vitest";
import { mergeReplies } from "../../../src/domain/replies/merge-replies.js";
import { parseReply, type ParsedReply } from "../../../src/domain/replies/parse-reply.js";
import { commentPayload, repoOf } from "../../helpers/comment-payload.js";

// Each reply is the body of GitHub's own issue_comment example payload, read as the handler will.
function parse(body: string): ParsedReply {
  const payload = commentPayload("created", body);
  return parseReply(payload.comment.body, repoOf(payload));
}

const COMMIT =
  "https://github.com/cosmas-o/django-blog/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345";
const PULL = "https://github.com/cosmas-o/django-blog/pull/7";
const COMPARE = "https://github.com/cosmas-o/task-api/compare/main...auth";

describe("mergeReplies", () => {
  it.each([
    {
      name: "an edit replacing a section, the other sections kept",
      replies: [
        "## Summary\nBuilt the models.\n\n## Challenges\nMigrations.",
        "## Summary\nBuilt the models and the admin.",
      ],
      // Summary from the second, Challenges only in the first.
      sections: { summary: "Built the models and the admin.", challenges: "Migrations." },
      missing: ["code", "whatStuck", "needsReview", "nextSteps"],
    },
    {
      name: "a second reply adding a section",
      replies: ["## Summary\nBuilt the models.", "**What stuck:** querysets are lazy."],
      sections: { summary: "Built the models.", whatStuck: "querysets are lazy." },
      missing: ["code", "challenges", "needsReview", "nextSteps"],
    },
  ])("$name", ({ replies, sections, missing }) => {
    const merged = mergeReplies(replies.map(parse));
    expect(merged.sections).toEqual(sections);
    expect(merged.missing).toEqual(missing);
    expect(merged.empty).toBe(false);
  });

  it("keeps an earlier section when a later reply leaves it empty", () => {
    const first = parse("## Summary\nBuilt the models.");
    const later: ParsedReply = { ...parse("## Challenges\nCSRF."), sections: { summary: "" } };
    expect(mergeReplies([first, later]).sections).toEqual({ summary: "Built the models." });
  });

  it("takes next steps from the latest reply that has any", () => {
    const merged = mergeReplies([
      parse("## Next steps\n- write tests\n- deploy"),
      parse("## Next steps\n- deploy to my VM"),
      parse("## Challenges\nNothing new"),
    ]);
    // The third has none, so the second's plan stands; the first's is replaced, not added to.
    expect(merged.nextSteps).toEqual(["deploy to my VM"]);
  });

  it("unites code links, each address once, in first-seen order", () => {
    const merged = mergeReplies([
      parse(`## Code\n- ${COMMIT}\n- ${PULL}`),
      parse(`## Code\n- ${PULL}\n- ${COMPARE}\n- ${COMMIT}`),
    ]);
    expect(merged.codeLinks.map((link) => link.url)).toEqual([COMMIT, PULL, COMPARE]);
  });

  it.each([
    { name: "no replies", replies: [] as string[], empty: true },
    { name: "only quotes and comments", replies: ["> quoted", "<!-- hidden -->"], empty: true },
    { name: "one empty, one written", replies: ["> quoted", "Built the models."], empty: false },
  ])("is empty only if every reply is: $name", ({ replies, empty }) => {
    const merged = mergeReplies(replies.map(parse));
    expect(merged.empty).toBe(empty);
    expect(merged.missing).toHaveLength(empty ? 6 : 5);
  });

  it("changes none of its inputs", () => {
    const replies = [parse("## Next steps\n- deploy"), parse(`## Code\n${PULL}`)];
    const before = structuredClone(replies);
    mergeReplies(replies).nextSteps.push("more");
    expect(replies).toEqual(before);
  });
});
