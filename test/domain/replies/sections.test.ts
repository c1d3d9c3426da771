import { describe, expect, it } from "vitest";
import {
  normalizeLabel,
  SECTION_KEYS,
  SECTIONS,
  sectionForLabel,
} from "../../../src/domain/replies/sections.js";

describe("SECTIONS", () => {
  it("lists the six sections of the template, in order", () => {
    expect(SECTIONS.map(({ key, label }) => [key, label])).toEqual([
      ["summary", "Summary"],
      ["code", "Code"],
      ["challenges", "Challenges"],
      ["whatStuck", "What stuck"],
      ["needsReview", "What needs review"],
      ["nextSteps", "Next steps"],
    ]);
    expect(SECTION_KEYS).toEqual([
      "summary",
      "code",
      "challenges",
      "whatStuck",
      "needsReview",
      "nextSteps",
    ]);
  });

  it("gives every label and synonym to its own section only", () => {
    for (const { key, label, synonyms } of SECTIONS) {
      for (const name of [label, ...synonyms]) {
        expect(sectionForLabel(name, { exact: true }), name).toBe(key);
      }
    }
  });
});

describe("normalizeLabel", () => {
  it.each([
    ["🚀 Next steps:", "next steps"],
    ["**What I’ve done**", "what ive done"],
    [":bulb: TIL", "til"],
    ["1) Summary", "summary"],
    ["👩🏽‍💻 Code", "code"],
    ["What needs review?", "what needs review"],
  ])("%j → %j", (label, normalized) => {
    expect(normalizeLabel(label)).toBe(normalized);
  });
});

describe("sectionForLabel", () => {
  it.each([
    ["Summary of week 8", "summary"],
    ["Challenges this week", "challenges"],
    ["Learned so far", "whatStuck"],
    ["Next steps for week 9", "nextSteps"],
    ["Plans for next week", "nextSteps"],
  ])("dates a label: %j → %s", (label, key) => {
    expect(sectionForLabel(label)).toBe(key);
    // Exact matching, for plain lines of prose, accepts only the listed names.
    expect(sectionForLabel(label, { exact: true })).toBe(
      label === "Plans for next week" ? key : undefined,
    );
  });

  it.each([
    "Next time I'll ask",
    "Summary of what happened on the VM",
    "Code review",
    "Weekly update",
  ])("%j names no section", (label) => {
    expect(sectionForLabel(label)).toBeUndefined();
  });
});
