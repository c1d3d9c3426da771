import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { number } from "../../src/domain/words.js";
import type { CaseMessage } from "./child.js";
import { PARSERS, type AdversarialParser } from "./parsers.js";

/** The slowest parse of any adversarial input must stay under this, per parser. */
const TARGET_MS = 50;
/** A case still running after this long is stopped and reported as at least this slow. */
const CASE_TIMEOUT_MS = Number(process.env.BENCH_CASE_TIMEOUT_MS ?? 120_000);
/** `BENCH_VERBOSE=1` prints every case, not only the slowest. */
const VERBOSE = process.env.BENCH_VERBOSE === "1";
/** `BENCH_PARSERS=expectations,commands` times only those parsers. */
const ONLY = process.env.BENCH_PARSERS?.split(",").map((name) => name.trim());

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

interface CaseResult {
  name: string;
  ms: number;
  /** Stopped after CASE_TIMEOUT_MS, or took the process down: `ms` is a lower bound. */
  timedOut: boolean;
  error?: string;
}

/** Runs a parser's cases from `first` in a child process, until it ends or a case stalls. */
function runFrom(parser: AdversarialParser, first: number, results: CaseResult[]): Promise<number> {
  const names = parser.shapes().map((shape) => shape.name);
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [parser.name, String(first)], {
      // YAML's warnings (one per run of a case) are not what is measured.
      execArgv: [...process.execArgv, "--no-warnings"],
    });
    let next = first;
    let timer: NodeJS.Timeout;
    let caseStarted = performance.now();
    const arm = () => {
      clearTimeout(timer);
      caseStarted = performance.now();
      timer = setTimeout(() => {
        results.push({ name: names[next] ?? "?", ms: CASE_TIMEOUT_MS, timedOut: true });
        child.kill("SIGKILL");
        resolve(next + 1);
      }, CASE_TIMEOUT_MS);
    };
    arm();
    child.on("message", (message: CaseMessage) => {
      results.push({
        name: names[message.index] ?? "?",
        ms: message.ms,
        timedOut: false,
        ...(message.error === undefined ? {} : { error: message.error }),
      });
      next = message.index + 1;
      arm();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") return;
      if (code === 0 && next >= names.length) return resolve(names.length);
      // The case under way took the process down (a parser can abort V8 itself).
      const error = `crashed the process (exit code ${code}, signal ${signal})`;
      results.push({
        name: names[next] ?? "?",
        ms: performance.now() - caseStarted,
        timedOut: true,
        error,
      });
      resolve(next + 1);
    });
  });
}

const format = (result: CaseResult): string =>
  `${result.timedOut ? "> " : ""}${result.ms < 10 ? result.ms.toFixed(2) : number(Math.round(result.ms))} ms`;

/**
 * Every parser of learner-controlled text on adversarial inputs of 65,536 characters (and the
 * config on 5 MB ones): the slowest case per parser, against a target of 50 ms.
 */
export async function adversarialBenchmark(): Promise<void> {
  console.log(
    `slowest parse per parser of adversarial inputs (target < ${TARGET_MS} ms; fastest of up to 5 runs)`,
  );
  let over = 0;
  for (const parser of PARSERS.filter((each) => ONLY === undefined || ONLY.includes(each.name))) {
    const results: CaseResult[] = [];
    const total = parser.shapes().length;
    for (let first = 0; first < total;) first = await runFrom(parser, first, results);
    const sorted = [...results].sort((a, b) => b.ms - a.ms);
    const slowest = sorted[0];
    if (slowest === undefined) continue;
    const ok = slowest.ms < TARGET_MS;
    if (!ok) over += 1;
    console.log(
      `${parser.name.padEnd(20)} ${format(slowest).padStart(12)}  ${ok ? "ok  " : "OVER"}  slowest: ${slowest.name} (${results.length} cases)`,
    );
    const shown = VERBOSE ? sorted : sorted.slice(1, 3).filter((result) => result.ms >= 1);
    for (const result of shown) {
      console.log(`${"".padEnd(20)} ${format(result).padStart(12)}        ${result.name}`);
    }
    for (const result of results.filter((each) => each.error !== undefined)) {
      console.log(`${"".padEnd(20)} ${result.name}: ${result.error}`);
    }
  }
  console.log(over === 0 ? "every parser under target" : `${over} parser(s) over target`);
}
