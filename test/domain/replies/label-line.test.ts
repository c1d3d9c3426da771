import { describe, expect, it } from "vitest";
import { parseLabelLine } from "../../../src/domain/replies/label-line.js";

describe("parseLabelLine", () => {
  it.each([
    // Headings of every level, with closing hashes, numbering, emoji and shortcodes.
    ["# Summary", { key: "summary", rest: "" }],
    ["###### Code", { key: "code", rest: "" }],
    ["## What stuck ##", { key: "whatStuck", rest: "" }],
    ["## 1. Summary", { key: "summary", rest: "" }],
    ["## 🚀 Next steps", { key: "nextSteps", rest: "" }],
    ["## Next steps 🚀", { key: "nextSteps", rest: "" }],
    ["## :construction: Challenges :construction:", { key: "challenges", rest: "" }],
    ["#Summary", { key: "summary", rest: "" }],
    ["## Next steps for week 9", { key: "nextSteps", rest: "" }],
    ["## Challenges: migrations broke", { key: "challenges", rest: "migrations broke" }],
    ["## **Summary**", { key: "summary", rest: "" }],
    // Emphasis, with the colon inside or outside, alone or in a list item.
    ["**Summary**", { key: "summary", rest: "" }],
    ["**Summary:**", { key: "summary", rest: "" }],
    ["**Summary**:", { key: "summary", rest: "" }],
    ["__Next steps__", { key: "nextSteps", rest: "" }],
    ["*What needs review?*", { key: "needsReview", rest: "" }],
    ["**Summary:** built the API", { key: "summary", rest: "built the API" }],
    ["**Challenges**: 401s", { key: "challenges", rest: "401s" }],
    ["- **Code**", { key: "code", rest: "" }],
    ["**Next steps** 🚀", { key: "nextSteps", rest: "" }],
    ["🚀 **Next steps**", { key: "nextSteps", rest: "" }],
    // Label lines, case-insensitive, with synonyms.
    ["Challenges: migrations broke", { key: "challenges", rest: "migrations broke" }],
    ["CHALLENGES:", { key: "challenges", rest: "" }],
    ["What I learned: signals", { key: "whatStuck", rest: "signals" }],
    ["What I’ve done: the admin", { key: "summary", rest: "the admin" }],
    ["Need help: querysets", { key: "needsReview", rest: "querysets" }],
    ["To review: my tests", { key: "needsReview", rest: "my tests" }],
    ["Todo: README", { key: "nextSteps", rest: "README" }],
    ["PRs: #3", { key: "code", rest: "#3" }],
    ["Struggles this week: CSS", { key: "challenges", rest: "CSS" }],
    ["Plan: meet at 10:00", { key: "nextSteps", rest: "meet at 10:00" }],
    ["Next steps :rocket: : deploy", { key: "nextSteps", rest: "deploy" }],
    ["- Learned: F() expressions", { key: "whatStuck", rest: "F() expressions" }],
    ["2. Blockers: none", { key: "challenges", rest: "none" }],
    // A label alone on a plain line must be exact.
    ["What stuck?", { key: "whatStuck", rest: "" }],
    ["Next week", { key: "nextSteps", rest: "" }],
  ])("reads %j", (line, expected) => {
    expect(parseLabelLine(line)).toEqual(expected);
  });

  it.each([
    "## Blog app",
    "#12 fixed the login",
    "**Done** with the models",
    "Next week I'll deploy",
    "Done for today",
    "Next time I'll ask: is this right?",
    "- Done",
    "1. Plan",
    "Code review went well",
    "https://github.com/cosmas-o/django-blog/pull/7",
    "In summary, a good week.",
    "",
  ])("reads %j as no label", (line) => {
    expect(parseLabelLine(line)).toBeUndefined();
  });
});
