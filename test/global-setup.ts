import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";

import { ENTRIES, type EntryName } from "./helpers/entries.js";

declare module "vitest" {
  interface ProvidedContext {
    /** Each entry point's sources compiled into one file: `node <file>` starts it. */
    entryFiles: Record<EntryName, string>;
    /** A folder of this run's, removed at its end: for what tests share (git/temp-repo.ts). */
    runFolder: string;
  }
}

const PREFIX = "checkpoint-entries-";
/** A folder of a run older than this was left by a run that was killed: it goes. */
const LEFT_BEHIND_MS = 24 * 3_600_000;

/**
 * Compiles the sources once per run with esbuild, the compiler tsx uses, into a folder under
 * node_modules (so that packages resolve as they do for the sources), removed at the end, and
 * again before each rerun in watch mode. `node --import tsx` compiled and resolved every
 * module again in each process: about 3 s of CPU each, against 1 s now.
 */
export default async function compileEntries(project: TestProject) {
  const root = project.config.root;
  const cache = path.join(root, "node_modules/.cache");
  await mkdir(cache, { recursive: true });
  await removeLeftBehind(cache);
  const outdir = await mkdtemp(path.join(cache, PREFIX));
  const compile = () =>
    build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      // Packages stay imports, resolved from node_modules as for the sources.
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "warning",
    });
  await compile();
  project.onTestsRerun(async () => {
    await compile();
  });
  const names = Object.keys(ENTRIES) as EntryName[];
  project.provide(
    "entryFiles",
    Object.fromEntries(names.map((name) => [name, path.join(outdir, `${name}.mjs`)])) as Record<
      EntryName,
      string
    >,
  );
  project.provide("runFolder", outdir);
  return () => rm(outdir, { recursive: true, force: true });
}

/** The folders of runs killed before they could remove their own (a day old or more). */
async function removeLeftBehind(cache: string): Promise<void> {
  for (const name of await readdir(cache)) {
    if (!name.startsWith(PREFIX)) continue;
    const folder = path.join(cache, name);
    const { mtimeMs } = await stat(folder);
    if (Date.now() - mtimeMs > LEFT_BEHIND_MS) await rm(folder, { recursive: true, force: true });
  }
}
