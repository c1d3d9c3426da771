import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/domain/expectations/inline.js";

describe("plainText", () => {
  it.each([
    ["Gain **backend development** skills  ", "Gain backend development skills"],
    ["Code __daily__ and *often* and _well_", "Code daily and often and well"],
    ["***Both*** at once", "Both at once"],
    ["~~Skip~~ Keep", "Skip Keep"],
    ["my  own\tLinux   VM", "my own Linux VM"],
    ["Read the [Django docs](https://docs.djangoproject.com) daily", "Read the Django docs daily"],
    ["See <https://example.com>", "See https://example.com"],
    ["Edit `__init__.py` and `*.md`", "Edit __init__.py and *.md"],
    ["Keep snake_case_names and 2 * 3 * 4", "Keep snake_case_names and 2 * 3 * 4"],
    ["An escaped \\*star\\* stays", "An escaped *star* stays"],
    ["Dashes – and — and I’m kept", "Dashes – and — and I’m kept"],
  ])("turns %j into %j", (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});
