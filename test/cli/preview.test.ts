import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { readMarker } from "../../src/domain/marker.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: process.cwd() };
  return { io, out, err };
}

describe("checkpoint preview --demo", () => {
  it("prints the demo learner's week 8 with figures worked out by hand", async () => {
    const { io, out } = capture();
    // Mon Nov 24 2025 10:00 Lagos: week 8 (Nov 17 – Nov 23) is the latest completed week.
    expect(await main(["preview", "--demo", "--at", "2025-11-24T09:00:00Z"], io)).toBe(0);
    const text = out.join("\n");
    expect(text.split("\n")[0]).toBe("# Week 8 · Nov 17 – Nov 23, 2025");
    // The demo history: commits on days 0, 1, 2, 4, 5 and 6 of the week (Thursday is
    // empty), one the evening before the week and one at 00:05 after it. So 6 commits on
    // 6 days; the streak runs Fri–Sun (Thursday broke it): 3 days. One test file with two
    // `def test_` cases; README.md added then edited: one docs change.
    expect(readMarker(text)).toMatchObject({
      kind: "weekly",
      week: 8,
      figures: {
        commits: 6,
        activeDays: 6,
        testFiles: 1,
        newTestCases: 2,
        docsChanges: 1,
        streakDays: 3,
      },
    });
    expect(text).toContain("`M█ T█ W█ T▁ F█ S█ S█`");
    expect(text).toMatch(/1 commit message could say more: `[0-9a-f]{7}` “update”/);
  });

  it("says whether a path is missing or is not a git repository, never 'no commits yet'", async () => {
    const missing = capture();
    expect(await main(["preview", "no/such/folder"], missing.io)).toBe(1);
    expect(missing.err).toEqual([`${process.cwd()}/no/such/folder: not found`]);
    const plain = mkdtempSync(join(tmpdir(), "checkpoint-plain-"));
    try {
      const notRepo = capture();
      expect(await main(["preview", plain], notRepo.io)).toBe(1);
      expect(notRepo.err).toEqual([`${plain} is not a git repository`]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it("prints a bad --config's problems one per line", async () => {
    const folder = mkdtempSync(join(tmpdir(), "checkpoint-config-"));
    try {
      writeFileSync(join(folder, "bad.yml"), "course:\n  weeks: twelve\npaused: yes\n");
      const { io, err } = capture();
      expect(await main(["preview", ".", "--config", join(folder, "bad.yml")], io)).toBe(2);
      expect(err[0]?.split("\n").slice(0, 3)).toEqual([
        `checkpoint preview: ${join(folder, "bad.yml")} cannot be read:`,
        '  course.weeks: expected a number, found string "twelve"',
        '  paused: expected true or false, found string "yes"',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("refuses a path and --demo together, and neither", async () => {
    for (const argv of [["preview", ".", "--demo"], ["preview"]]) {
      const { io, err } = capture();
      expect(await main(argv, io)).toBe(2);
      expect(err[0]).toMatch(/give one repository path, or --demo/);
    }
  });
});
