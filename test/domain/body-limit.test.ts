import { describe, expect, it } from "vitest";
import { BODY_LIMIT, fitBody } from "../../src/domain/body-limit.js";
import { readMarker, renderMarker } from "../../src/domain/marker.js";

const marker = renderMarker({ kind: "reminder", week: 8 });

describe("fitting a body under GitHub's limit", () => {
  it("leaves a body that fits exactly as it is", () => {
    const body = `${"a".repeat(1000)}\n\n${marker}`;
    expect(fitBody(body)).toBe(body);
  });

  it("cuts an oversized body at a line, says how much it left out, and keeps the marker", () => {
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `- step ${String(i).padStart(4, "0")} ${"x".repeat(20)}`,
    );
    // "- step 0000 " is 12 characters, and 20 more: 4,000 lines of 32 and 3,999 newlines.
    const text = lines.join("\n");
    expect(text.length).toBe(131_999);
    const fitted = fitBody(`${text}\n\n${marker}`);
    expect(fitted.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(readMarker(fitted)).toEqual({ kind: "reminder", week: 8 });
    const [kept, note] = fitted.split("\n\n");
    // Whole lines only, then the note counting every character not kept.
    expect(kept?.split("\n").every((line) => line.length === 32)).toBe(true);
    const left = text.length - (kept?.length ?? 0);
    expect(note).toBe(
      `_… ${left.toLocaleString("en-US")} more characters left out: GitHub takes at most 65,536 in one comment._`,
    );
  });

  it("closes a code block it cut through, and never splits an emoji", () => {
    const fitted = fitBody(`\`\`\`\n${"😀".repeat(40_000)}\n\`\`\`\n${marker}`);
    expect(fitted.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(fitted.match(/^```/gm)).toHaveLength(2);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(readMarker(fitted)?.kind).toBe("reminder");
  });
});
