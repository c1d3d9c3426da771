import { describe, expect, it } from "vitest";
import { isKind, readMarker, type Marker } from "../../../src/domain/marker.js";
import { mergeReplies } from "../../../src/domain/replies/merge-replies.js";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import {
  replySummaryComment,
  type ReplySummaryView,
} from "../../../src/templates/replies/reply-summary.js";
import type { WeeklyFigures } from "../../../src/domain/figures.js";
import { commentPayload, repoOf } from "../../helpers/comment-payload.js";

/** A marker as a reply summary's, or undefined when it is of another kind. */
const readReplySummaryMarker = (marker: Marker | undefined) =>
  isKind(marker, "reply-summary") ? marker : undefined;

/** Replies as the handler reads them: GitHub's example issue_comment payloads, merged. */
function replies(...bodies: string[]) {
  return mergeReplies(
    bodies.map((body) => {
      const payload = commentPayload("created", body);
      return parseReply(payload.comment.body, repoOf(payload));
    }),
  );
}

const WEEK_8: WeeklyFigures = {
  commits: 9,
  activeDays: 5,
  testFiles: 2,
  newTestCases: 3,
  newTestCasesComplete: true,
  docsChanges: 1,
  streakDays: 6,
  streakCapped: false,
};

const view = (fields: Partial<ReplySummaryView> & Pick<ReplySummaryView, "reply">) =>
  replySummaryComment({
    learnerName: "Cosmas",
    week: 8,
    weekLabel: "Nov 17 – Nov 23, 2025",
    updateWeeksInARow: 1,
    ...fields,
  });

const COMMIT =
  "https://github.com/cosmas-o/django-blog/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345";
const PULL = "https://github.com/cosmas-o/django-blog/pull/7";

const FULL = `## Summary
Finished the Post and Comment models for the blog and wired up the admin. Also read the Django docs on querysets.

## Code
- ${COMMIT}
- ${PULL}

## Challenges
Migrations broke when I renamed a field; I had to squash them.

## What stuck
- \`select_related\` vs \`prefetch_related\` finally makes sense
- querysets are lazy

## What needs review
Is my \`Comment.post\` foreign key using the right \`on_delete\`?

## Next steps
- Write tests for the Post views
- Deploy to my Linux VM
`;

// A learner in a hurry: an aside before the first label, labels in bold and "Label:" form, a
// short reference, no Challenges and no What stuck.
const MESSY = `hey! sorry this is late 🙈
**summary:** got the login view working, finally. also cleaned up settings.py
PRs: https://github.com/cosmas-o/django-blog/pull/9 and cosmas-o/django-blog@4e5f6a7b8c
need help: is CSRF needed for a JSON API? not sure
next week: deploy to my VM`;

describe("the reply summary comment", () => {
  it("answers a full reply, section by section", () => {
    const comment = view({ reply: replies(FULL), figures: WEEK_8, updateWeeksInARow: 3 });
    expect(comment.split("\n")).toEqual([
      "Thanks for your update, Cosmas! Here's what I took from it for week 8 (Nov 17 – Nov 23, 2025):",
      "",
      // First sentence (the second is left out); first bullet; code spans unwrapped and escaped.
      "- **Summary:** Finished the Post and Comment models for the blog and wired up the admin.",
      "- **Code:** 2 links: [django-blog `9f3c2a1`][ref-1] and [django-blog #\u20607][ref-2]",
      "- **Challenges:** Migrations broke when I renamed a field; I had to squash them.",
      "- **What stuck:** select\\_related vs prefetch\\_related finally makes sense",
      "- **What needs review:** Is my Comment.post foreign key using the right on\\_delete?",
      "",
      // 9 commits on 5 days, 2 test files with 3 new cases, 1 docs file, a 6-day streak.
      "Week 8: 9 commits on 5 days · 2 test files, 3 new test cases · 1 docs file updated · 6-day streak",
      "",
      "That's 3 weeks in a row with an update.",
      "",
      "I'll ask about these next week:",
      "",
      "- [ ] Write tests for the Post views",
      "- [ ] Deploy to my Linux VM",
      "",
      `[ref-1]: ${COMMIT}`,
      `[ref-2]: ${PULL}`,
      "",
      '<!-- checkpoint:v1 {"kind":"reply\\u002dsummary","week":8,"nextSteps":["Write tests for the Post views","Deploy to my Linux VM"],"sections":["summary","code","challenges","whatStuck","needsReview","nextSteps"]} -->',
    ]);
  });

  it("asks gently, once, for the sections a messy reply left out", () => {
    const comment = view({ reply: replies(MESSY), figures: WEEK_8 });
    const lines = comment.split("\n");
    // The aside and the bold summary are one section; "hey!" alone is too short a sentence.
    expect(lines).toContain("- **Summary:** hey! sorry this is late 🙈");
    expect(lines).toContain(
      "- **Code:** 2 links: [django-blog #\u20609][ref-1] and [django-blog `4e5f6a7`][ref-2]",
    );
    expect(lines).toContain("- **What needs review:** is CSRF needed for a JSON API?");
    expect(lines).toContain(
      "If you have a minute, a line on Challenges and What stuck would round this off.",
    );
    expect(lines).toContain("- [ ] deploy to my VM");
    expect(comment.match(/If you have a minute/g)).toHaveLength(1);
  });

  it("nudges for next steps when there are none, without asking twice", () => {
    const comment = view({ reply: replies("## Summary\nBuilt the Post list view.") });
    expect(comment).toContain(
      "What's next for you? Add a line or two under **Next steps** (edit your reply or post another) and I'll bring them back next week.",
    );
    // Code has no link anywhere, so it is asked for; Next steps only by the nudge.
    expect(comment).toContain(
      "If you have a minute, a line on Code, Challenges, What stuck and What needs review would round this off.",
    );
    expect(comment).not.toContain("I'll ask about these");
    expect(readMarker(comment)).toMatchObject({ nextSteps: [], sections: ["summary"] });
  });

  it("does not ask for Code when the reply links work elsewhere, and counts past three links", () => {
    const links = [1, 2, 3, 4, 5].map((n) => `https://github.com/cosmas-o/task-api/pull/${n}`);
    const comment = view({ reply: replies(`Merged ${links.join(", ")}.`) });
    // Five links: three named, "2 more".
    expect(comment).toContain(
      "- **Code:** 5 links: [task-api #\u20601][ref-1], [task-api #\u20602][ref-2], [task-api #\u20603][ref-3] and 2 more",
    );
    expect(comment).toContain("a line on Challenges, What stuck and What needs review would");
    expect(comment).not.toContain("[ref-4]");
  });

  it("asks nothing more of an excused week", () => {
    const comment = view({ reply: replies("Read about DRF routers."), excused: true });
    expect(comment).toContain(
      "You'd excused this week, so this update is a bonus: thank you for taking the time.",
    );
    expect(comment).not.toMatch(/If you have a minute|What's next for you/);
  });

  it("answers a reply with nothing to read without a verdict", () => {
    const comment = view({ reply: replies("> quoted the issue and nothing else") });
    expect(comment.split("\n").slice(0, 3)).toEqual([
      "Thanks for your reply, Cosmas!",
      "",
      "I couldn't find an update in it yet. The template in the issue has six short headings; a line under a few of them is plenty.",
    ]);
    expect(readMarker(comment)).toEqual({
      kind: "reply-summary",
      week: 8,
      nextSteps: [],
      sections: [],
    });
  });

  it.each([
    [1, false],
    [2, true],
  ])("mentions the weeks in a row only from two on (%i)", (weeks, shown) => {
    const comment = view({ reply: replies(FULL), updateWeeksInARow: weeks });
    expect(comment.includes(`That's ${weeks} weeks in a row`)).toBe(shown);
  });

  it("leaves the figures out when the issue's marker had none", () => {
    expect(view({ reply: replies(FULL) })).not.toContain("Week 8:");
  });

  it("quotes hostile text inert: no HTML, no table cell, no ping, no second marker", () => {
    const comment = view({
      learnerName: "<b>Eve</b>",
      reply: replies(
        "<script>alert(1)</script> | col | @someone see #3\n\n## Next steps\n- ask @mentor --> <!-- checkpoint:v1 {} -->",
      ),
    });
    // The marker keeps the step as written: inside an HTML comment it renders and pings nothing.
    const visible = comment.slice(0, comment.lastIndexOf("<!--"));
    expect(visible).not.toMatch(/<script>|<b>|@someone|@mentor|#3/);
    expect(comment).toContain("Thanks for your update, &lt;b\\>Eve&lt;/b\\>!");
    expect(comment).toContain(
      "- **Summary:** &lt;script\\>alert(1)&lt;/script\\> \\| col \\| @\u2060someone see #\u20603",
    );
    // The HTML comment is not the learner's words; the rest of the step is, escaped.
    expect(comment).toContain("- [ ] ask @\u2060mentor --\\>");
    expect(comment.match(/<!--/g)).toHaveLength(1);
    expect(readReplySummaryMarker(readMarker(comment))?.nextSteps).toEqual(["ask @mentor -->"]);
  });

  it("reads its marker back as what it wrote", () => {
    const comment = view({ reply: replies(MESSY), figures: WEEK_8 });
    const expected = {
      kind: "reply-summary",
      week: 8,
      nextSteps: ["deploy to my VM"],
      sections: ["summary", "code", "needsReview", "nextSteps"],
    };
    expect(readMarker(comment)).toEqual(expected);
    expect(readReplySummaryMarker(readMarker(comment))).toEqual(expected);
    expect(readReplySummaryMarker({ kind: "reminder", week: 8 })).toBeUndefined();
  });

  it("is the same, byte for byte, for the same reply", () => {
    // Built twice from scratch, as two runs of the job would.
    const once = view({ reply: replies(FULL, MESSY), figures: WEEK_8, updateWeeksInARow: 4 });
    const again = view({ reply: replies(FULL, MESSY), figures: WEEK_8, updateWeeksInARow: 4 });
    expect(again).toBe(once);
  });
});
