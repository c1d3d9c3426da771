import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/parse.js";
import { configReference, exampleFor } from "../../src/config/reference.js";
import { readMarker } from "../../src/domain/marker.js";
import { MISSING_START_DATE } from "../../src/domain/schedule/course-start.js";
import { configProblemsIssue } from "../../src/templates/config-problems.js";

function problemsOf(text: string) {
  const result = parseConfigText(text);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

const FILE = "https://github.com/ada/checkpoint-home/blob/main/.github/checkpoint.yml";

describe("the config-problems issue", () => {
  const problems = problemsOf("targets:\n  commits: 24.5\nlerner:\n  name: Ada\n");
  const { title, body } = configProblemsIssue({
    problems,
    fileUrl: FILE,
    reference: configReference(),
  });

  it("names each problem in plain words with what to write instead", () => {
    expect(title).toBe("Checkpoint can't read .github/checkpoint.yml");
    expect(body.split("\n").slice(0, 4)).toEqual([
      `I tried to read your [\`.github/checkpoint.yml\`](${FILE}) and found 2 things to fix:`,
      "",
      "- `targets.commits`: expected a whole number, found number 24.5 — for example `commits: 10`",
      // an unknown field has no example of its own: the field meant is named instead
      "- `lerner`: unknown field: did you mean \\`learner\\`?",
    ]);
  });

  it("lists every setting with an example, folded at the end", () => {
    const start = body.indexOf("<details><summary>Every setting, with an example</summary>");
    const folded = body.slice(start, body.indexOf("</details>", start)).split("\n");
    expect(folded).toContain(
      '- `course.timezone`: The learner\'s IANA timezone, such as "Africa/Lagos". Days, weeks and ' +
        'posting times are local to it. For example `timezone: "Africa/Lagos"`.',
    );
    expect(folded.filter((line) => line.startsWith("- `"))).toHaveLength(configReference().length);
  });

  it("keeps what is wrong in its marker without the examples, so rewording them reports nothing anew", () => {
    expect(readMarker(body)).toEqual({
      kind: "config-problems",
      problems: [
        "targets.commits: expected a whole number, found number 24.5",
        "lerner: unknown field: did you mean `learner`?",
      ],
    });
  });
});

describe("the config-problems issue for a course with no start date", () => {
  it("names the field to fill in, and keeps the problem as earlier issues wrote it", () => {
    const { body } = configProblemsIssue({
      problems: [MISSING_START_DATE],
      fileUrl: FILE,
      reference: configReference(),
    });
    const told =
      'is required, either here (YYYY-MM-DD) or in your expectation document (a line such as "Date Started Classes: September 30 2025")';
    expect(body.split("\n")[2]).toBe(`- \`course.start_date\`: ${told}`);
    // Issues opened before the problem named its field held the same text: not reported again.
    expect(readMarker(body)).toEqual({
      kind: "config-problems",
      problems: [`course.start_date: ${told}`],
    });
  });
});

describe("the config reference", () => {
  it("gives every setting a description and an example", () => {
    const settings = configReference();
    // learner ×3, course ×6, schedule ×3, targets ×3, _extends, expectations, repositories,
    // goals.<id>.rule, paused
    expect(settings).toHaveLength(20);
    for (const setting of settings) {
      expect(setting.description, setting.path).not.toBe("");
      expect(setting.example, setting.path).toBeDefined();
    }
  });

  it("finds the example of the setting a problem is about", () => {
    expect(exampleFor("repositories[2]")).toBe(
      'repositories: ["blog-api", "ada-obi/task-manager"]',
    );
    expect(exampleFor("goals.skills/orm.rule")).toBe('rule: "tests"');
    expect(exampleFor("schedule.weekly.time")).toBe('time: "09:00"');
    expect(exampleFor("lerner")).toBeUndefined();
  });
});
