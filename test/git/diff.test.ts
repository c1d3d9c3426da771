import { describe, expect, it } from "vitest";
import { parseDiffTree } from "../../src/git/diff.js";
import { runGit } from "../../src/git/run.js";

const Z = "0".repeat(40);
const raw = (status: string, ...paths: string[]) =>
  `:100644 100644 ${"a".repeat(40)} ${Z} ${status}\0${paths.map((p) => `${p}\0`).join("")}`;

describe("parseDiffTree", () => {
  it("pairs each raw record with its patch section, in order", () => {
    const output =
      raw("R075", "notes.txt", "docs/notes.md") +
      raw("T", "link.py") +
      raw("A", "logo.png") +
      raw("D", "old file.py") +
      "\0" +
      "diff --git a/notes.txt b/docs/notes.md\nsimilarity index 75%\nrename from notes.txt\nrename to docs/notes.md\n--- a/notes.txt\n+++ b/docs/notes.md\n@@ -3,0 +4 @@ gamma\n+delta\n" +
      // A type change shows as a deletion section followed by an addition section.
      "diff --git a/link.py b/link.py\ndeleted file mode 100644\n--- a/link.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n" +
      "diff --git a/link.py b/link.py\nnew file mode 120000\n--- /dev/null\n+++ b/link.py\n@@ -0,0 +1 @@\n+target.py\n\\ No newline at end of file\n" +
      "diff --git a/logo.png b/logo.png\nnew file mode 100644\nBinary files /dev/null and b/logo.png differ\n" +
      "diff --git a/old file.py b/old file.py\ndeleted file mode 100644\n--- a/old file.py\n+++ /dev/null\n@@ -1 +0,0 @@\n-+++ not a header\n";
    expect(parseDiffTree(output)).toEqual([
      {
        path: "docs/notes.md",
        previousPath: "notes.txt",
        status: "renamed",
        additions: 1,
        deletions: 0,
        addedLines: ["delta"],
        removedLines: [],
      },
      // Both sections of the type change: 2 lines gone, 1 added.
      {
        path: "link.py",
        status: "modified",
        additions: 1,
        deletions: 2,
        addedLines: ["target.py"],
        removedLines: ["a", "b"],
      },
      {
        path: "logo.png",
        status: "added",
        additions: 0,
        deletions: 0,
        addedLines: [],
        removedLines: [],
      },
      {
        path: "old file.py",
        status: "removed",
        additions: 0,
        deletions: 1,
        addedLines: [],
        removedLines: ["+++ not a header"],
      },
    ]);
  });

  it("reads no changes from empty output", () => {
    expect(parseDiffTree("")).toEqual([]);
  });
});

describe("runGit", () => {
  it("rejects with git's message when the folder is no repository", async () => {
    await expect(runGit("/", ["log"])).rejects.toThrow(
      /git log failed in \/: .*not a git repository/i,
    );
  });
});
