import { describe, expect, it } from "vitest";
import { readLabelLine, readMetadata } from "../../../src/domain/expectations/metadata.js";

describe("readLabelLine", () => {
  it.each([
    [
      "Course: Univelcity, Backend with Python & Django  ",
      "course",
      "Univelcity, Backend with Python & Django",
    ],
    ["Program: Backend", "course", "Backend"],
    ["Date Started Classes: September 30 2025  ", "startDate", "September 30 2025"],
    ["Start date: 2025-09-30", "startDate", "2025-09-30"],
    ["Started: 30/09/2025", "startDate", "30/09/2025"],
    ["Course start: 2025-09-30", "startDate", "2025-09-30"],
    ["Cohort: Foxtrot Cohort", "cohort", "Foxtrot Cohort"],
    ["Learner: Cosmas Onyekwelu", "learner", "Cosmas Onyekwelu"],
    ["Name: Cosmas Onyekwelu", "learner", "Cosmas Onyekwelu"],
    ["Student: Cosmas", "learner", "Cosmas"],
    ["Student’s name: Cosmas", "learner", "Cosmas"],
    ["**Cohort:** Foxtrot", "cohort", "Foxtrot"],
    ["COHORT :   Foxtrot   Cohort", "cohort", "Foxtrot Cohort"],
  ])("reads %j as %s", (line, field, value) => {
    expect(readLabelLine(line)).toMatchObject({ field, value });
  });

  it.each([
    "Mentor: Jane", // a label, but not one Checkpoint uses
    "See https://example.com",
    "Note that one thing in this long sentence is: not a label",
    "Just a sentence",
  ])("ignores %j", (line) => {
    expect(readLabelLine(line)).toBeUndefined();
  });
});

describe("readMetadata", () => {
  it("keeps the first value of a field and skips labels without a value", () => {
    const entries = [
      "Learner:",
      "Name: Ada",
      "Student: Bola",
      "Start date: 2025-10-06",
      "Started: 2025-11-01",
    ].map((line) => readLabelLine(line));
    expect(readMetadata(entries.filter((entry) => entry !== undefined))).toEqual({
      metadata: { learner: "Ada", startDate: "2025-10-06" },
      problems: [],
    });
  });

  it("leaves out an unreadable start date and says why, quoting the learner's label", () => {
    const entry = readLabelLine("Date Started Classes: next Monday");
    expect(readMetadata(entry ? [entry] : [])).toEqual({
      metadata: {},
      problems: [
        'The start date "next Monday" (Date Started Classes) is not a date Checkpoint can read; write it like 2025-09-30 or September 30, 2025.',
      ],
    });
  });
});
