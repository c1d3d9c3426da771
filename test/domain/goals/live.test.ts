import { describe, expect, it } from "vitest";
import { classifyGoal } from "../../../src/domain/goals/classify.js";
import { liveUrls } from "../../../src/domain/goals/live-urls.js";
import { RULE_JUDGES } from "../../../src/domain/goals/rules/index.js";
import { record } from "./records.js";

const judge = (history: Parameters<typeof RULE_JUDGES.live.judge>[0]) =>
  RULE_JUDGES.live.judge(
    history,
    {
      targets: { commits: 7, active_days: 4, test_files: 1 },
      reviewAnswered: false,
    },
    { id: "live", description: "", matchedBy: "" },
  );

describe("a goal of deploying to a live server", () => {
  it("is judged by the live rule, and deployment goals without 'live' keep the file rule", () => {
    const ids = (text: string) =>
      classifyGoal({ id: "x", text, raw: text, line: 1 }, "Projects").rules.map((rule) => rule.id);
    expect(ids("Deploy at least one project to a live server (Heroku)")).toEqual(["live"]);
    expect(ids("Run my blog in production")).toEqual(["live"]);
    expect(ids("Learn deployment and hosting strategies")).toEqual(["deploy"]);
  });

  it("is only ready to deploy, needing attention, while deployment files are all there is", () => {
    const history = [record(1), record(2, {}, { deployment: { changed: 1, atHead: 1 } })];
    expect(judge(history)).toEqual({
      status: "needs attention",
      evidence: [
        "ready to deploy: 1 deployment file in your repositories (week 2)",
        "not live yet: a deploy workflow, or the live address in your README, shows it running",
      ],
    });
    expect(judge([record(1)]).status).toBe("no evidence yet");
  });

  it("is on track once a README gives the live address or a deploy workflow exists", () => {
    const url = "https://ada-blog.onrender.com";
    const addressed = record(3, {}, { live: { deployWorkflows: 0, urls: [url] } });
    expect(judge([record(1), addressed])).toEqual({
      status: "on track",
      evidence: [`live at ${url} (week 3)`],
    });
    const workflow = record(4, {}, { live: { deployWorkflows: 1, urls: [] } });
    expect(judge([workflow]).evidence).toEqual(["1 deploy workflow in your repositories (week 4)"]);
  });
});

describe("liveUrls", () => {
  it.each([
    ["Deployed at https://blog.fly.dev.", ["https://blog.fly.dev"]],
    ["https://ada.pythonanywhere.com/posts/", ["https://ada.pythonanywhere.com/posts/"]],
    ["Live: https://ada-blog.com (my own server)", ["https://ada-blog.com"]],
    ["See https://ada-blog.com for more", []], // an address, but nothing says it is the app
    ["Demo at http://localhost:8000", []],
    ["Live docs: https://docs.djangoproject.com/en/5.0/", []],
    ["![Live](https://img.shields.io/badge/live-yes-green)", []],
    ["Live code: https://github.com/ada/blog", []],
    // longer than 200 characters: not an app's address, and too long to keep in a marker
    [`Live: https://ada.onrender.com/${"a".repeat(180)}`, []],
  ])("%s → %j", (readme, urls) => {
    expect(liveUrls(readme)).toEqual(urls);
  });
});
