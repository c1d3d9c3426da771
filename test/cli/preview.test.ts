import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { readMarker } from "../../src/domain/marker.js";
import { DEMO_EXPECTATIONS } from "../../src/cli/demo-expectations.js";
import { tempRepo } from "../git/temp-repo.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: process.cwd() };
  return { io, out, err };
}

/**
 * `checkpoint preview --demo` on Mon Nov 24 2025 10:00 Lagos, where week 8 (Nov 17 – Nov 23)
 * is the latest completed week: built once, read by two tests (the demo writes a repository).
 */
let demoText: Promise<string> | undefined;
function demoWeek8(): Promise<string> {
  demoText ??= (async () => {
    const { io, out } = capture();
    expect(await main(["preview", "--demo", "--at", "2025-11-24T09:00:00Z"], io)).toBe(0);
    return out.join("\n");
  })();
  return demoText;
}

describe("checkpoint preview --demo", () => {
  it("prints the demo learner's week 8 with figures worked out by hand", async () => {
    const text = await demoWeek8();
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
        '  course.weeks: expected a number, found string "twelve" — for example `weeks: 24`',
        '  paused: expected true or false, found string "yes" — for example `paused: false`',
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

  it("shows the reference expectation document's goals being touched, and the course", async () => {
    const text = await demoWeek8();
    // Course and cohort as the document's header states them
    expect(text.split("\n")[2]).toBe(
      "**Univelcity, Backend with Python \\& Django** · Foxtrot Cohort",
    );
    // tasks/models.py and its migration were added on day 0; Procfile on day 5
    expect(text).toContain("- Master the Django ORM: 1 model file and 1 migration\n");
    expect(text).toContain(
      "- Learn deployment and hosting strategies: 1 deployment file changed\n",
    );
    expect(text).toContain("commits to task-manager");
  });
});

describe("checkpoint preview of a learner's repository", () => {
  const ada = (at: string) => ({ email: "ada@example.com", name: "Ada Obi", at });
  const config = [
    "learner:",
    "  name: Ada",
    "  emails: [ada@example.com]",
    "course:",
    "  name: Django Course",
    "  start_date: 2025-09-30",
    "  timezone: Africa/Lagos",
  ].join("\n");
  const goals = "Learner: Ada Obi\n\n## Habits\n\n- Write tests for every feature\n";

  function adaRepo(configText = config) {
    const repo = tempRepo("blog");
    // week 7: the setup; week 8 (Nov 17 – 23, Lagos) is previewed on Monday Nov 24
    repo.commit(ada("2025-11-12T10:00:00Z"), "Set up Checkpoint", {
      ".github/checkpoint.yml": configText,
      "EXPECTATIONS.md": goals,
    });
    repo.commit(ada("2025-11-18T10:00:00Z"), "Add the Post model tests", {
      "blog/tests.py": "def test_post(): pass\n",
    });
    repo.commit(ada("2025-11-20T10:00:00Z"), "List posts on the front page", {
      "blog/views.py": "# views\n",
    });
    return repo;
  }

  it("reads the repository's own config and expectation document", async () => {
    const repo = adaRepo();
    try {
      const { io, out, err } = capture();
      expect(await main(["preview", repo.dir, "--at", "2025-11-24T09:00:00Z"], io)).toBe(0);
      const text = out.join("\n");
      expect(err).toContain("note: using the repository's .github/checkpoint.yml");
      expect(text.split("\n").slice(2, 5)).toEqual([
        "**Django Course**",
        "",
        // 2 commits on Tue and Thu, 1 test file, against the default targets 7, 4 and 1
        "Hi Ada! You reached your test files target this week.",
      ]);
      expect(readMarker(text)).toMatchObject({
        figures: { commits: 2, activeDays: 2, testFiles: 1 },
      });
      expect(text).toContain("### Goals this week moved\n\n- Write tests for every feature\n");
    } finally {
      repo.remove();
    }
  });

  it("says how many commits another identity made in the week, and that they were not counted", async () => {
    const repo = adaRepo();
    const laptop = (at: string) => ({ email: "ada@laptop.local", at });
    try {
      repo.commit(laptop("2025-11-19T10:00:00Z"), "Fix the slug field", {
        "blog/models.py": "#\n",
      });
      repo.commit(laptop("2025-11-21T10:00:00Z"), "Style the list", { "blog/style.css": "a{}\n" });
      // the week after: not this week's
      repo.commit(laptop("2025-11-24T08:00:00Z"), "Start week 9", { "blog/next.py": "#\n" });
      const { io, out, err } = capture();
      expect(await main(["preview", repo.dir, "--at", "2025-11-24T09:00:00Z"], io)).toBe(0);
      expect(err).toContain(
        "note: 2 commits by ada@laptop.local were not counted — add the address to `learner.emails` if it is yours",
      );
      expect(readMarker(out.join("\n"))).toMatchObject({ figures: { commits: 2 } });
    } finally {
      repo.remove();
    }
  });

  it("prints the repository's config problems one per line, and nothing else", async () => {
    const repo = adaRepo("course:\n  weeks: twelve\n");
    try {
      const { io, out, err } = capture();
      expect(await main(["preview", repo.dir, "--at", "2025-11-24T09:00:00Z"], io)).toBe(1);
      expect(err).toEqual([
        `${repo.dir}/.github/checkpoint.yml cannot be read:\n` +
          '  course.weeks: expected a number, found string "twelve" — for example `weeks: 24`',
      ]);
      expect(out).toEqual([]);
    } finally {
      repo.remove();
    }
  });
});

describe("the demo's expectation document", () => {
  it("is our first user's, word for word", () => {
    const fixture = new URL("../fixtures/EXPECTATIONS.md", import.meta.url);
    expect(DEMO_EXPECTATIONS).toBe(readFileSync(fixture, "utf8"));
  });
});
