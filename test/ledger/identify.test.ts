import { describe, expect, it } from "vitest";
import { renderMarker } from "../../src/domain/marker.js";
import { identifyIssue } from "../../src/ledger/identify.js";

const TITLE = "Week 8 · Nov 17 – Nov 23, 2025";
const marker = renderMarker({ kind: "weekly", week: 8, figures: { commits: 3 } });

describe("recognising Checkpoint's own issue after a learner edited it", () => {
  it("keeps the week of an intact issue, figures and all", () => {
    expect(identifyIssue({ title: TITLE, body: `Hi!\n${marker}` })).toMatchObject({
      kind: "weekly",
      week: 8,
      figures: { commits: 3 },
    });
  });

  it("still knows the week when the marker was removed or mangled", () => {
    for (const body of [
      "Hi!",
      `Hi!\n${marker.replace('"week"', '"wek"')}`,
      "<!-- checkpoint:v1 {",
    ]) {
      expect(identifyIssue({ title: TITLE, body })).toEqual({ kind: "weekly", week: 8 });
    }
  });

  it("takes the title's week when the learner changed the marker's", () => {
    const edited = marker.replace('"week":8', '"week":3');
    expect(identifyIssue({ title: TITLE, body: edited })).toMatchObject({ week: 8 });
  });

  it("keeps the marker's week when only the title was reworded", () => {
    expect(identifyIssue({ title: "My eighth week", body: marker })).toMatchObject({ week: 8 });
  });

  it("knows the one-of-a-kind issues and the reviews by their titles", () => {
    expect(identifyIssue({ title: "Checkpoint is paused", body: "" })).toEqual({ kind: "paused" });
    expect(identifyIssue({ title: "Mid-course review · Week 13", body: "" })).toEqual({
      kind: "review",
      review: "mid-course",
      week: 13,
    });
    expect(identifyIssue({ title: "Something else", body: "" })).toBeUndefined();
  });
});
