import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RecordedRequest } from "../../test/stand-in/server.js";

/*
 * The parent's side of stand-in-child.ts: one question at a time, each answered in order.
 */

export interface StandInQuestion {
  ask: "requests" | "problems" | "cpu";
}

export interface StandInAnswer {
  baseUrl?: string;
  requests?: RecordedRequest[];
  problems?: string[];
  cpu?: NodeJS.CpuUsage;
}

export interface StandInProcess {
  baseUrl: string;
  /** Every request served since the last call. */
  requests(): Promise<RecordedRequest[]>;
  /** worldProblems of its state now. */
  problems(): Promise<string[]>;
  /** Its own process's CPU time so far. */
  cpu(): Promise<NodeJS.CpuUsage>;
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL("./stand-in-child.ts", import.meta.url));

/** Builds the world and starts the stand-in in a child process. */
export async function startStandInProcess(params: {
  learners: number;
  reposEach: number;
  latencyMs: number;
}): Promise<StandInProcess> {
  const child = fork(CHILD, [params.learners, params.reposEach, params.latencyMs].map(String), {
    // Not the parent's --cpu-prof and the like: the child is not what is measured.
    execArgv: process.execArgv.filter((flag) => !flag.startsWith("--cpu-prof")),
  });
  const next = nextAnswer(child);
  const { baseUrl } = await next();
  if (!baseUrl) throw new Error("the stand-in did not say where it listens");
  const ask = async (question: StandInQuestion) => {
    child.send(question);
    return next();
  };
  return {
    baseUrl,
    requests: async () => (await ask({ ask: "requests" })).requests ?? [],
    problems: async () => (await ask({ ask: "problems" })).problems ?? [],
    cpu: async () => (await ask({ ask: "cpu" })).cpu ?? { user: 0, system: 0 },
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

/** The child's answers, one per call, in the order they come; fails if the child dies. */
function nextAnswer(child: ChildProcess): () => Promise<StandInAnswer> {
  const waiting: { resolve(answer: StandInAnswer): void; reject(error: Error): void }[] = [];
  child.on("message", (answer: StandInAnswer) => waiting.shift()?.resolve(answer));
  child.on("exit", (code, signal) => {
    const error = new Error(`the stand-in stopped (exit code ${code}, signal ${signal})`);
    for (const pending of waiting.splice(0)) pending.reject(error);
  });
  return () => new Promise((resolve, reject) => waiting.push({ resolve, reject }));
}
