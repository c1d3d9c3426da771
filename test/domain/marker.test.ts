import { describe, expect, it } from "vitest";
import { readMarker, renderMarker, replaceMarker } from "../../src/domain/marker.js";

describe("markers", () => {
  it("round-trip, with `--` escaped so the HTML comment cannot end early", () => {
    const marker = { kind: "weekly", week: 8, note: "a -- b -->" };
    const rendered = renderMarker(marker);
    expect(rendered.match(/--/g)).toHaveLength(2); // only the comment's own "<!--" and "-->"
    expect(readMarker(`text\n${rendered}`)).toEqual(marker);
  });

  it("are not read from bodies without one, or with broken JSON", () => {
    expect(readMarker("plain text")).toBeUndefined();
    expect(readMarker("<!-- checkpoint:v1 {not json} -->")).toBeUndefined();
    expect(readMarker('<!-- checkpoint:v1 {"week":1} -->')).toBeUndefined(); // no kind
  });

  it("are replaced literally, whatever `$` patterns the learner's words hold", () => {
    const body = `Week 8\n${renderMarker({ kind: "weekly", week: 8 })}`;
    for (const reason of ["saving $& today", "rent $' due", "a $` b", "$1"]) {
      const next = replaceMarker(body, {
        kind: "weekly",
        week: 8,
        skipped: true,
        skipReason: reason,
      });
      expect(readMarker(next)).toEqual({
        kind: "weekly",
        week: 8,
        skipped: true,
        skipReason: reason,
      });
      expect(next.startsWith("Week 8\n")).toBe(true);
    }
  });
});
