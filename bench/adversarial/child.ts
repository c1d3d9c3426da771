/*
 * One parser's adversarial cases, timed in a process of their own so that the parent can stop
 * a case that stalls (before the parsers were made linear, some took minutes).
 * Arguments: the parser's name and the index of the first case; each result is sent back.
 */
import { PARSERS } from "./parsers.js";

/** Cases faster than this are repeated and the fastest run kept, to read past JIT warm-up. */
const REPEAT_BELOW_MS = 500;
const REPEATS = 5;

export interface CaseMessage {
  index: number;
  /** Fastest run, in milliseconds. */
  ms: number;
  error?: string;
}

const [name = "", first = "0"] = process.argv.slice(2);
const parser = PARSERS.find((candidate) => candidate.name === name);
if (parser === undefined || process.send === undefined) {
  throw new Error(`no parser ${name} (or not started by the benchmark)`);
}
const shapes = parser.shapes();
for (let index = Number(first); index < shapes.length; index += 1) {
  const text = shapes[index]?.text ?? "";
  let best = Infinity;
  let error: string | undefined;
  for (let run = 0; run < REPEATS && (run === 0 || best < REPEAT_BELOW_MS); run += 1) {
    const started = performance.now();
    try {
      parser.run(text);
    } catch (caught) {
      error = `threw ${String(caught).slice(0, 200)}`;
    }
    best = Math.min(best, performance.now() - started);
  }
  const message: CaseMessage = { index, ms: best, ...(error === undefined ? {} : { error }) };
  await new Promise<void>((done) => process.send?.(message, () => done()));
}
process.disconnect();
