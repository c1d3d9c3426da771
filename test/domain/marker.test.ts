import { describe, expect, it } from "vitest";
import { readMarker, renderMarker, type Marker } from "../../src/domain/marker.js";

const FORGED = '<!-- checkpoint:v1 {"kind":"paused"} -->';

describe("markers", () => {
  it("round-trip, with `--`, `<` and `>` escaped so learner text can neither end nor open a comment", () => {
    const marker: Marker = { kind: "paused", reason: `a -- b --> ${FORGED} <!-- x` };
    const rendered = renderMarker(marker);
    expect(rendered.match(/--/g)).toHaveLength(2); // only the comment's own "<!--" and "-->"
    expect(rendered.match(/</g)).toHaveLength(1);
    expect(readMarker(`text\n${rendered}`)).toEqual(marker);
  });

  it("are not read from bodies without one, with broken JSON, or of an unknown kind", () => {
    expect(readMarker("plain text")).toBeUndefined();
    expect(readMarker("<!-- checkpoint:v1 {not json} -->")).toBeUndefined();
    expect(readMarker('<!-- checkpoint:v1 {"week":1} -->')).toBeUndefined(); // no kind
    expect(readMarker('<!-- checkpoint:v1 {"kind":"weekly"} -->')).toBeUndefined(); // no week
    expect(readMarker('<!-- checkpoint:v1 {"kind":"nonsense"} -->')).toBeUndefined();
  });

  it("take the last readable marker: the one Checkpoint wrote at the end of its own text", () => {
    const own = renderMarker({ kind: "weekly", week: 8 });
    expect(readMarker(`${FORGED}\nlearner text ${FORGED}\n${own}`)).toEqual({
      kind: "weekly",
      week: 8,
    });
    // An unclosed comment opened by someone's text does not swallow the marker after it.
    expect(readMarker(`<!-- checkpoint:v1 {"kind":"paused"\n${own}`)).toEqual({
      kind: "weekly",
      week: 8,
    });
  });

  it("read a 65,536-character body of nothing but marker openings without stalling", () => {
    const body = "<!-- checkpoint:v1 {".repeat(3_300).slice(0, 65_536);
    const started = performance.now();
    expect(readMarker(body)).toBeUndefined();
    // Not a timing assertion: a quadratic reader would not finish this test's default timeout.
    expect(performance.now() - started).toBeGreaterThanOrEqual(0);
  });
});
