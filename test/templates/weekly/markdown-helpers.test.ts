import { describe, expect, it } from "vitest";
import {
  escapeText,
  ownWords,
  quoteMessage,
  truncate,
} from "../../../src/templates/weekly/escape.js";
import { linkBook } from "../../../src/templates/weekly/links.js";
import { daySparkline, sparkline } from "../../../src/templates/weekly/sparkline.js";
import { count, eitherOf, listOf } from "../../../src/domain/words.js";

const WJ = "\u2060";

describe("sparkline", () => {
  // Level ⌈7·v/max⌉ of ▁▂▃▄▅▆▇█ (0 to 7).
  it.each([
    // max 4: 2 → ⌈3.5⌉ = 4 ▅, 1 → ⌈1.75⌉ = 2 ▃, 4 → 7 █
    [[0, 2, 1, 0, 4, 0, 1], "▁▅▃▁█▁▃"],
    // max 20: 1 → ⌈0.35⌉ = 1 ▂ (a light day never looks like an empty one)
    [[1, 20], "▂█"],
    // max 3: 1 → ⌈2.33⌉ = 3 ▄, 2 → ⌈4.67⌉ = 5 ▆ (rounding would give ▃▆, flooring ▃▅)
    [[1, 2, 3], "▄▆█"],
    // max 7: each value is its own level
    [[0, 1, 2, 3, 4, 5, 6, 7], "▁▂▃▄▅▆▇█"],
    [[3, 3, 3], "███"],
    [[0, 0, 0], "▁▁▁"],
    [[], ""],
  ])("%j → %s", (values, expected) => {
    expect(sparkline(values)).toBe(expected);
  });

  it("pairs each bar with its day's initial and names the busiest day", () => {
    // 2025-11-17 is a Monday
    const days = [0, 2, 1, 0, 4, 0, 1].map((commits, i) => ({
      date: `2025-11-${17 + i}`,
      commits,
    }));
    expect(daySparkline(days)).toBe("`M▁ T▅ W▃ T▁ F█ S▁ S▃` · busiest: Friday, 4 commits");
    // one commit is singular
    const one = [0, 1].map((commits, i) => ({ date: `2025-11-${20 + i}`, commits }));
    expect(daySparkline(one)).toBe("`T▁ F█` · busiest: Friday, 1 commit");
  });

  it("names no busiest day when no day stands out", () => {
    const even = [1, 0, 1, 1].map((commits, i) => ({ date: `2025-11-${17 + i}`, commits }));
    expect(daySparkline(even)).toBe("`M█ T▁ W█ T█`");
  });
});

describe("escaping outside text", () => {
  it("disarms table pipes, HTML, emphasis, code spans, mentions and issue references", () => {
    expect(escapeText("Fix `a|b` <img src=x> **now** @bob #3 _x_ [y](z) & ~s~")).toBe(
      `Fix \\\`a\\|b\\\` &lt;img src=x\\> \\*\\*now\\*\\* @${WJ}bob #${WJ}3 \\_x\\_ \\[y\\](z) \\& \\~s\\~`,
    );
  });

  it("puts text on one line", () => {
    expect(escapeText("  two\nlines\t here ")).toBe("two lines here");
  });

  it("cuts long messages at 60 characters with an ellipsis, never inside an emoji", () => {
    expect(truncate("a".repeat(60))).toBe("a".repeat(60));
    // 59 kept + "…" = 60
    expect(truncate("a".repeat(61))).toBe(`${"a".repeat(59)}…`);
    expect(truncate("🚀".repeat(61))).toBe(`${"🚀".repeat(59)}…`);
    // a space before the cut is dropped: "aaaa " + … reads "aaaa…"
    expect(truncate(`${"a".repeat(58)} bcd`)).toBe(`${"a".repeat(58)}…`);
  });

  it("quotes a commit subject: cut first, then escaped", () => {
    expect(quoteMessage(`**${"b".repeat(70)}`)).toBe(`“\\*\\*${"b".repeat(57)}…”`);
  });

  it("keeps a learner's own Markdown but no HTML or hidden marker", () => {
    expect(ownWords("Read **docs** <!-- checkpoint:v1 {} -->\n  then `code`")).toBe(
      "Read **docs** &lt;!-- checkpoint:v1 {} --> then `code`",
    );
  });

  it("quiets mentions in a learner's own words but keeps their issue references", () => {
    // U+2060 (word joiner) after @ stops the ping; "#12" still links to their issue.
    expect(ownWords("ask @mentor about #12")).toBe("ask @\u2060mentor about #12");
  });
});

describe("reference links", () => {
  it("labels each address once, in first-use order, and leaves unknown ones as plain text", () => {
    const links = linkBook();
    expect(links.to("7", "https://x/1")).toBe("[7][ref-1]");
    expect(links.to("a.py", undefined)).toBe("a.py");
    expect(links.to("b.py", "https://x/2")).toBe("[b.py][ref-2]");
    expect(links.to("seven", "https://x/1")).toBe("[seven][ref-1]");
    expect(links.definitions()).toEqual(["[ref-1]: https://x/1", "[ref-2]: https://x/2"]);
  });
});

describe("words", () => {
  it.each([
    [0, "0 commits"],
    [1, "1 commit"],
    [2, "2 commits"],
    [1400, "1,400 commits"],
  ])("count(%i) is %s", (value, expected) => {
    expect(count(value, "commit")).toBe(expected);
  });

  it("joins lists the English way", () => {
    expect(listOf(["commits"])).toBe("commits");
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
    expect(eitherOf(["set up", "run", "test"])).toBe("set up, run or test");
    expect(eitherOf(["run", "test"])).toBe("run or test");
  });
});
