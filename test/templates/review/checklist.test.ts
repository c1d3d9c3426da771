import { describe, expect, it } from "vitest";
import { readMarker } from "../../../src/domain/marker.js";
import { checklistAcknowledgement } from "../../../src/templates/review/acknowledgement.js";
import { readChecklist } from "../../../src/templates/review/checklist.js";
import { reviewIssue } from "../../../src/templates/review/review-issue.js";
import { midCourse } from "./twelve-weeks.js";

const { body } = reviewIssue(midCourse);
const CONFIDENCE = "personal-growth/confidence-backend-development-build";
const PORTFOLIO = "personal-growth/build-portfolio-demonstrates-backend";

/** Ticks the box of the line that names `text`, as GitHub does when the learner clicks it. */
const tick = (markdown: string, text: string) =>
  markdown
    .split("\n")
    .map((line) => (line.includes(text) ? line.replace("- [ ]", "- [x]") : line))
    .join("\n");

describe("readChecklist", () => {
  it("reads the nine self-assessed goals back, unticked, in document order", () => {
    const ticks = readChecklist(body);
    expect(ticks).toHaveLength(9);
    expect(ticks.every((box) => !box.checked)).toBe(true);
    expect(ticks[0]?.id).toBe("skill-knowledge/understanding-backend-development-python");
    expect(ticks.at(-1)?.id).toBe("personal-growth/lay-groundwork-frontend-devops");
  });

  it("reads back the two boxes ticked in the edited body", () => {
    const edited = tick(tick(body, "Gain confidence"), "Build a portfolio");
    const checked = readChecklist(edited).filter((box) => box.checked);
    expect(checked).toEqual([
      { id: CONFIDENCE, checked: true },
      { id: PORTFOLIO, checked: true },
    ]);
  });

  it("accepts an upper-case X and other list markers, and ignores boxes without a goal id", () => {
    const text = [
      "* [X] Ship it <!-- checkpoint:goal a/ship -->",
      "- [x] A step from last week",
      "+ [ ] Read more <!--checkpoint:goal a/read-->",
    ].join("\r\n");
    expect(readChecklist(text)).toEqual([
      { id: "a/ship", checked: true },
      { id: "a/read", checked: false },
    ]);
  });
});

describe("checklistAcknowledgement", () => {
  const acknowledge = (markdown: string) =>
    checklistAcknowledgement({
      review: "mid-course",
      week: 13,
      document: midCourse.document,
      ticks: readChecklist(markdown),
    });

  it("names the ticked goals and carries their ids in its marker", () => {
    const comment = acknowledge(tick(tick(body, "Gain confidence"), "Build a portfolio"));
    expect(comment.split("\n").slice(0, 6)).toEqual([
      "You marked 2 of the 9 goals only you can judge as reached:",
      "",
      "- Gain confidence in backend development to build full-stack applications in future",
      "- Build a portfolio that demonstrates strong backend foundations",
      "",
      "The rest stay on the review issue: tick them whenever they feel true, and I'll update this note.",
    ]);
    expect(readMarker(comment)).toEqual({
      kind: "review-summary",
      review: "mid-course",
      week: 13,
      checked: [CONFIDENCE, PORTFOLIO],
      ticked: [CONFIDENCE, PORTFOLIO],
    });
  });

  it("remembers every ticked box, also one for a goal the document no longer has", () => {
    const withGone = `${tick(body, "Gain confidence")}\n- [x] A goal since removed <!-- checkpoint:goal gone/old-goal -->`;
    const marker = readMarker(acknowledge(withGone));
    expect(marker).toMatchObject({ checked: [CONFIDENCE], ticked: [CONFIDENCE, "gone/old-goal"] });
  });

  it("is kind when nothing is ticked, and glad when everything is", () => {
    expect(acknowledge(body).split("\n")[0]).toBe(
      "You haven't ticked any of the 9 goals only you can judge yet.",
    );
    const all = acknowledge(body.replaceAll("- [ ]", "- [x]"));
    expect(all.split("\n")[0]).toBe("You marked all 9 goals only you can judge as reached:");
    expect(readMarker(all)?.["checked"]).toHaveLength(9);
  });

  it("leaves out boxes of goals no longer in the document", () => {
    const stale = `${body}\n- [x] An old goal <!-- checkpoint:goal gone/old-goal -->`;
    // the only ticked box is a removed goal's: none of the nine is ticked
    expect(acknowledge(stale).split("\n")[0]).toBe(
      "You haven't ticked any of the 9 goals only you can judge yet.",
    );
    expect(readMarker(acknowledge(stale))?.["checked"]).toEqual([]);
  });
});
