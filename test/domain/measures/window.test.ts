import { describe, expect, it } from "vitest";
import { isWithin } from "../../../src/domain/measures/window.js";

describe("isWithin", () => {
  const interval = { start: "2025-11-16T23:00:00Z", end: "2025-11-23T23:00:00Z" };
  it.each([
    ["2025-11-16T23:00:00Z", true], // start is inside
    ["2025-11-16T22:59:59Z", false],
    ["2025-11-23T22:59:59Z", true],
    ["2025-11-23T23:00:00Z", false], // end is outside
    ["2025-11-24T00:00:00+01:00", false], // same instant as the end, other notation
  ])("%s → %s", (iso, expected) => {
    expect(isWithin(iso, interval)).toBe(expected);
  });
});
