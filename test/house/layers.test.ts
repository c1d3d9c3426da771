import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, forbidden, layerEdges, type Edge } from "./layers.js";

const edge = (from: string, to: string): Edge => ({ from, to, via: `${from}/a.ts → ${to}/b.ts` });

describe("the layers check", () => {
  it("finds a cycle between folders, however long, once", () => {
    expect(cycles([edge("domain", "config"), edge("config", "domain")])).toEqual([
      ["domain", "config", "domain"],
    ]);
    const long = [edge("github", "domain"), edge("domain", "config"), edge("config", "github")];
    expect(cycles(long)).toHaveLength(1);
    expect(cycles([edge("jobs", "domain"), edge("templates", "domain")])).toEqual([]);
  });

  it("names an import a folder may not make, and a folder it does not know", () => {
    expect(forbidden([edge("domain", "config"), edge("config", "domain")])).toEqual([
      edge("domain", "config"),
    ]);
    expect(forbidden([edge("newfolder", "domain")])).toEqual([edge("newfolder", "domain")]);
  });

  it("reads type-only imports too", () => {
    const edges = layerEdges(resolve("src"));
    // observe/health.ts imports only a type from memory/
    expect(edges.some((e) => e.via === "observe/health.ts → memory/shared-memory.ts")).toBe(true);
  });

  it("passes on src/: every folder imports one way", () => {
    const edges = layerEdges(resolve("src"));
    expect(forbidden(edges)).toEqual([]);
    expect(cycles(edges)).toEqual([]);
  });
});
