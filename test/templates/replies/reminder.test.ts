import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { reminderComment } from "../../../src/templates/replies/reminder.js";

const view = { login: "cosmas-o", week: 8, weekLabel: "Nov 17 – Nov 23, 2025", daysSincePosted: 3 };

describe("the reminder comment", () => {
  it("nudges the learner kindly, mentioning them once", () => {
    const comment = reminderComment(view);
    expect(comment.split("\n")[0]).toBe(
      "Hi @cosmas-o! A friendly nudge about week 8 (Nov 17 – Nov 23, 2025): this issue went up 3 days ago " +
        "and is ready for your update whenever you have a few minutes. A line or two under the template's " +
        "headings is plenty, and I'll answer with your checkpoint summary.",
    );
    expect(comment.match(/@cosmas-o/g)).toHaveLength(1);
    // greeted by name where the issue knew one, still mentioned once to notify
    const named = reminderComment({ ...view, name: "Cosmas" });
    expect(named).toMatch(/^Hi Cosmas \(@cosmas-o\)! A friendly nudge about week 8 /);
    expect(named.match(/@cosmas-o/g)).toHaveLength(1);
    expect(comment).not.toMatch(/\b(missed|late|overdue|haven't)\b/i);
  });

  it.each([
    [1, "went up 1 day ago"],
    [0, "went up today"],
  ])("counts %i days in words", (days, words) => {
    expect(reminderComment({ ...view, daysSincePosted: days })).toContain(words);
  });

  it("carries its week in its marker", () => {
    expect(readMarker(reminderComment(view))).toEqual({ kind: "reminder", week: 8 });
  });
});
