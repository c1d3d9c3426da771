import { describe, expect, it } from "vitest";
import { refusalOwed } from "../../../src/domain/commands/answers.js";

describe("refusals", () => {
  it("are owed once a day per issue: not while one given in the last 24 hours stands", () => {
    expect(refusalOwed([], "2025-11-20T10:00:00Z")).toBe(true);
    expect(refusalOwed(["2025-11-20T10:00:00Z"], "2025-11-21T09:59:59Z")).toBe(false);
    expect(refusalOwed(["2025-11-20T10:00:00Z"], "2025-11-21T10:00:00Z")).toBe(true);
    expect(
      refusalOwed(["2025-11-19T08:00:00Z", "2025-11-20T10:00:00Z"], "2025-11-20T12:00:00Z"),
    ).toBe(false);
  });
});
