import { spawn, type ChildProcess } from "node:child_process";
import { inject } from "vitest";
import { ENTRIES, type EntryName } from "./entries.js";
import { TEST_PRIVATE_KEY } from "./probot.js";

/*
 * Checkpoint as separate processes, the way users and operators start it: the command line
 * and the server (src/main.ts, which `npm start` runs compiled), from the sources, talking
 * over HTTP to a GitHub stand-in.
 */

/**
 * The arguments of `node` that start `entry`: in a test run, its sources as the run compiled
 * them (global-setup.ts); elsewhere (the benchmarks), the sources through tsx.
 */
export function nodeArgs(entry: EntryName): string[] {
  return process.env.VITEST ? [inject("entryFiles")[entry]] : ["--import", "tsx", ENTRIES[entry]];
}

/** The app's credentials for the stand-in at `host` (as GitHub Enterprise Server, over http). */
export function appEnv(host: string): NodeJS.ProcessEnv {
  return { APP_ID: "1", PRIVATE_KEY: TEST_PRIVATE_KEY, GHE_HOST: host, GHE_PROTOCOL: "http" };
}

/** A worker-only process (CHECKPOINT_ROLE=worker) on `redisUrl`, with no schedule and no fixed port. */
export function startWorkerProcess(
  redisUrl: string,
  host: string,
  env: NodeJS.ProcessEnv,
  stderr: "inherit" | "pipe" = "pipe",
): ChildProcess {
  return spawn(process.execPath, nodeArgs("server"), {
    env: {
      PATH: process.env.PATH,
      ...appEnv(host),
      REDIS_URL: redisUrl,
      CHECKPOINT_ROLE: "worker",
      CHECKPOINT_SCHEDULE: "off",
      PORT: "0",
      ...env,
    },
    stdio: ["ignore", "ignore", stderr],
  });
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `checkpoint <args>` in a process of its own with only `env`, killed after `timeoutMs`;
 * `started` sees the process.
 */
export function runCheckpoint(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; started?: (child: ChildProcess) => void } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs("cli"), ...args], {
      env: { PATH: process.env.PATH, ...env },
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    });
    options.started?.(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Waits, asking every 50 ms, until `done`; fails after `timeoutMs`. */
export async function until(
  done: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > giveUp) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
