import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig, parseConfigText } from "../../src/config/parse.js";
import { formatProblem } from "../../src/config/problems.js";
import { zonedInstant } from "../../src/domain/week/time.js";

function problemsOf(text: string): string[] {
  const result = parseConfigText(text);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map(formatProblem);
}

describe("parseConfigText", () => {
  it("fills every default from an empty file", () => {
    const result = parseConfigText("");
    expect(result).toEqual({
      ok: true,
      config: {
        learner: { emails: [] },
        course: { weeks: 24, timezone: "UTC" },
        expectations: "EXPECTATIONS.md",
        schedule: { weekly: { day: "monday", time: "09:00" }, reminder_after_days: 3 },
        repositories: "all",
        targets: { commits: 7, active_days: 4, test_files: 1 },
        goals: {},
        paused: false,
      },
    });
  });

  it("reads the first user's config, keeping the date a plain string", () => {
    const result = parseConfigText(readFileSync("test/fixtures/checkpoint.yml", "utf8"));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.config.course.start_date).toBe("2025-09-30");
    expect(result.config.course.timezone).toBe("Africa/Lagos");
    expect(result.config.learner.emails).toEqual(["cosmas@example.com"]);
    expect(result.config.targets).toEqual({ commits: 10, active_days: 5, test_files: 1 });
  });

  it("keeps nested defaults when only one nested field is set", () => {
    const result = parseConfigText("schedule:\n  weekly:\n    day: sunday\n");
    if (!result.ok) throw new Error("invalid");
    expect(result.config.schedule).toEqual({
      weekly: { day: "sunday", time: "09:00" },
      reminder_after_days: 3,
    });
  });

  it.each([
    [
      "course:\n  timezone: Mars/Base\n",
      'course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Mars/Base" — for example `timezone: "Africa/Lagos"`',
    ],
    [
      "course:\n  weeks: twelve\n",
      'course.weeks: expected a number, found string "twelve" — for example `weeks: 24`',
    ],
    [
      "course:\n  start_date: 2025-02-30\n",
      'course.start_date: expected a real calendar date, found string "2025-02-30" — for example `start_date: "2025-09-30"`',
    ],
    [
      "course:\n  start_date: 30/09/2025\n",
      'course.start_date: expected a date written as YYYY-MM-DD, found string "30/09/2025" — for example `start_date: "2025-09-30"`',
    ],
    [
      "schedule:\n  weekly:\n    time: 9am\n",
      'schedule.weekly.time: expected a 24-hour time such as "09:00", found string "9am" — for example `time: "09:00"`',
    ],
    [
      "schedule:\n  weekly:\n    day: funday\n",
      'schedule.weekly.day: expected one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", found string "funday" — for example `day: "monday"`',
    ],
    [
      "schedule:\n  reminder_after_days: 9\n",
      "schedule.reminder_after_days: must be at most 6, found number 9 — for example `reminder_after_days: 3`",
    ],
    [
      "repositories: some\n",
      'repositories: expected "all" or a list of repository names, found string "some" — for example `repositories: ["blog-api", "ada-obi/task-manager"]`',
    ],
    [
      "repositories:\n  - blog\n  - bad name\n",
      'repositories[1]: expected a repository name, "name" or "owner/name", found string "bad name" — for example `repositories: ["blog-api", "ada-obi/task-manager"]`',
    ],
    [
      "targets:\n  commits: -1\n",
      "targets.commits: must be at least 0, found number -1 — for example `commits: 10`",
    ],
    [
      "paused: yes\n",
      'paused: expected true or false, found string "yes" — for example `paused: false`',
    ],
    ["learnr:\n  login: x\n", "learnr: unknown field: did you mean `learner`?"],
    ["course:\n  wekks: 12\n", "course.wekks: unknown field: did you mean `weeks`?"],
    ["colour: red\n", "colour: unknown field (check its spelling and indentation)"],
    [
      "course:\n  weeks: 24.5\n",
      "course.weeks: expected a whole number, found number 24.5 — for example `weeks: 24`",
    ],
    [
      "learner:\n  emails: [not-an-email]\n",
      'learner.emails[0]: expected an e-mail address, found string "not-an-email" — for example `emails: ["ada@example.com"]`',
    ],
    ["- a\n- b\n", "the file must be a YAML mapping of settings"],
    // 24 weeks from Tuesday 2025-09-30: the last day is 2025-09-30 + 167 days = 2026-03-16
    [
      "course:\n  start_date: 2025-09-30\n  midpoint: 2026-04-01\n",
      'course.midpoint: must fall within the course, after 2025-09-30 and by 2026-03-16, found string "2026-04-01" — for example `midpoint: "2025-12-16"`',
    ],
    [
      "course:\n  start_date: 2025-09-30\n  weeks: 12\n  midpoint: 2025-09-01\n",
      'course.midpoint: must fall within the course, after 2025-09-30 and by 2025-12-22, found string "2025-09-01" — for example `midpoint: "2025-12-16"`',
    ],
  ])("names the field and what is wrong: %j", (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it('accepts a posting time written "9:00", which the calendar places at 09:00', () => {
    const result = parseConfigText('schedule:\n  weekly:\n    time: "9:00"\n');
    expect(result.ok && result.config.schedule.weekly.time).toBe("9:00");
    // Mon Nov 24 2025 at 9:00 in Lagos (UTC+1) is 08:00 UTC.
    expect(zonedInstant("2025-11-24", "9:00", "Africa/Lagos").toUTC().toISO()).toBe(
      "2025-11-24T08:00:00.000Z",
    );
  });

  it("reports every problem at once, in file order", () => {
    expect(problemsOf("course:\n  timezone: Nowhere/Town\n  weeks: true\npaused: 1\n")).toEqual([
      "course.weeks: expected a number, found boolean true — for example `weeks: 24`",
      'course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Nowhere/Town" — for example `timezone: "Africa/Lagos"`',
      "paused: expected true or false, found number 1 — for example `paused: false`",
    ]);
  });

  it("gives YAML syntax errors with their line and column", () => {
    // Line 3 is indented one column less than the mapping it belongs to; the parser
    // points at the start of that line.
    expect(problemsOf("course:\n  name: x\n weeks: 3\n")).toEqual([
      "YAML syntax error at line 3, column 1: All mapping items must start at the same column",
    ]);
  });
});

describe("a config with more wrong than anyone can read", () => {
  it("tells the first 50 problems and how many more there are", () => {
    const raw = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`key${i}`, i]));
    const result = parseConfig(raw);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems).toHaveLength(51);
    expect(result.problems[0]).toEqual({
      path: "key0",
      message: "unknown field (check its spelling and indentation)",
    });
    // 5,000 unknown fields, 50 told: 4,950 more.
    expect(result.problems[50]).toEqual({ path: "", message: "and 4,950 more problems" });
  });

  it("echoes at most 80 characters of a value or a field name", () => {
    const result = parseConfig({ course: { timezone: "Z".repeat(60_000) }, ["k".repeat(500)]: 1 });
    if (result.ok) throw new Error("expected problems");
    const lines = result.problems.map(formatProblem);
    // `string "ZZZ…"`: the JSON text of the value, 79 characters and "…".
    expect(lines).toContainEqual(
      `course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string ${`"${"Z".repeat(78)}…`} — for example \`timezone: "Africa/Lagos"\``,
    );
    expect(lines).toContainEqual(
      `${"k".repeat(79)}…: unknown field (check its spelling and indentation)`,
    );
  });
});

describe("learner.login", () => {
  it.each(["cosmas-onyekwelu", "Ada", "a1"])("takes a GitHub login (%s)", (login) => {
    expect(parseConfig({ learner: { login } }).ok).toBe(true);
  });

  it.each(["bob smith", "-bob", "bob-", "a--b", "x".repeat(40), "<!--", ""])(
    "refuses what no GitHub login can be (%j)",
    (login) => {
      const result = parseConfig({ learner: { login } });
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
        `learner.login: expected a GitHub login: letters, digits and single hyphens, at most 39 characters, found string ${JSON.stringify(login)} — for example \`login: "ada-obi"\``,
      ]);
    },
  );
});
