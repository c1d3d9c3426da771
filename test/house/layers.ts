/**
 * The house's layers, checked: which top folders of src/ may import which, and no cycle
 * between folders (type-only imports included). `npm run lint` runs it; the test beside it
 * shows it catches what it should.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** Each folder (or top file) and the folders it may import. Anything unlisted is forbidden. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  logging: [],
  memory: [],
  config: ["domain"],
  templates: ["domain", "config"],
  git: ["domain"],
  observe: ["domain", "memory", "logging"],
  github: ["domain", "config", "memory", "observe", "logging"],
  ledger: ["domain", "github", "templates"],
  jobs: ["domain", "config", "github", "ledger", "templates", "git", "observe", "logging"],
  scheduler: ["domain", "jobs", "github", "memory", "observe", "logging"],
  handlers: ["domain", "config", "jobs", "github", "templates", "ledger", "queue", "logging"],
  queue: ["domain", "config", "jobs", "github", "scheduler", "memory", "observe", "logging"],
  cli: [
    "domain",
    "config",
    "jobs",
    "github",
    "git",
    "templates",
    "queue",
    "scheduler",
    "observe",
    "logging",
  ],
  "index.ts": ["*"],
  "main.ts": ["*"],
};

/** A module's imports, type-only ones included, as paths relative to `root`. */
function importsOf(root: string, file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => relative(root, resolve(dirname(file), name.replace(/\.js$/, ".ts"))));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The folder (or top file) of src/ a path relative to src/ belongs to. */
const layerOf = (path: string) => path.split("/")[0] ?? path;

export interface Edge {
  from: string;
  to: string;
  /** One import that makes the edge, for the message. */
  via: string;
}

/** Every import between two different layers of `root`. */
export function layerEdges(root: string): Edge[] {
  return sourceFiles(root).flatMap((file) => {
    const from = layerOf(relative(root, file));
    return importsOf(root, file)
      .map((target) => ({ from, to: layerOf(target), via: `${relative(root, file)} → ${target}` }))
      .filter((edge) => edge.from !== edge.to);
  });
}

/** Imports a layer may not make. */
export function forbidden(edges: readonly Edge[], allowed = ALLOWED): Edge[] {
  return edges.filter((edge) => {
    const may = allowed[edge.from];
    return may === undefined || !(may.includes("*") || may.includes(edge.to));
  });
}

/** Cycles between layers: each a list of layers, found by depth-first search. */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const found = new Map<string, string[]>();
  const visit = (layer: string, path: string[]) => {
    const at = path.indexOf(layer);
    if (at >= 0) {
      const cycle = path.slice(at);
      const key = [...cycle].sort().join(",");
      if (!found.has(key)) found.set(key, [...cycle, layer]);
      return;
    }
    for (const to of next.get(layer) ?? []) visit(to, [...path, layer]);
  };
  for (const layer of next.keys()) visit(layer, []);
  return [...found.values()];
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const edges = layerEdges(resolve("src"));
  const wrong = forbidden(edges);
  const loops = cycles(edges);
  for (const edge of wrong) console.error(`forbidden: ${edge.from} → ${edge.to} (${edge.via})`);
  for (const loop of loops) console.error(`cycle: ${loop.join(" → ")}`);
  if (wrong.length + loops.length > 0) process.exit(1);
  console.log(`layers: ${edges.length} imports between folders, all one way`);
}
