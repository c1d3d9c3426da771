import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";

/** The entry points tests start as processes of their own (helpers/processes.ts). */
const ENTRIES = {
  server: "src/main.ts",
  cli: "src/cli/main.ts",
  probotOnRedis: "test/queue/probot-on-redis.ts",
} as const;

declare module "vitest" {
  interface ProvidedContext {
    /** Each entry point's sources compiled into one file: `node <file>` starts it. */
    entryFiles: Record<keyof typeof ENTRIES, string>;
  }
}

/**
 * Compiles the sources once per run with esbuild, the compiler tsx uses, into a folder under
 * node_modules (so that packages resolve as they do for the sources), removed at the end.
 * `node --import tsx` compiled and resolved every module again in each process: about two
 * seconds of CPU each, a sixth of the suite's.
 */
export default async function compileEntries(project: TestProject) {
  const cache = path.resolve("node_modules/.cache");
  await mkdir(cache, { recursive: true });
  const outdir = await mkdtemp(path.join(cache, "checkpoint-entries-"));
  await build({
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
  const files = Object.keys(ENTRIES).map((name) => [name, path.join(outdir, `${name}.mjs`)]);
  project.provide("entryFiles", Object.fromEntries(files) as Record<keyof typeof ENTRIES, string>);
  return () => rm(outdir, { recursive: true, force: true });
}
