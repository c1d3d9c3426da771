import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CONFIG_PATH } from "../../config/schema.js";
import { parseConfigText } from "../../config/parse.js";
import { formatProblem } from "../../config/problems.js";
import { EXIT, UsageError, type Io } from "../io.js";

export const validateHelp = `Usage: checkpoint validate [FILE]

Checks a Checkpoint config (default: ${CONFIG_PATH}) and prints every problem
as "path.to.field: message". Exits 0 when valid, 1 when it has problems,
2 when the file cannot be read.`;

export async function validate(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new UsageError("validate takes at most one FILE");
  const file = positionals[0] ?? CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    return EXIT.usage;
  }
  const result = parseConfigText(text);
  if (result.ok) {
    io.out(`${file}: valid`);
    return EXIT.ok;
  }
  for (const problem of result.problems) io.out(`${file}: ${formatProblem(problem)}`);
  io.err(`${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} found`);
  return EXIT.problems;
}
