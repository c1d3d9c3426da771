import { readFile, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseConfig, parseConfigText } from "../../config/parse.js";
import { formatProblem } from "../../config/problems.js";
import type { CheckpointConfig } from "../../config/schema.js";
import { addDays } from "../../domain/week/time.js";
import { calendarFromConfig } from "../../domain/week/calendar.js";
import { latestCompletedWeek } from "../../domain/week/window.js";
import { localDay } from "../../domain/week/time.js";
import { previewWeek } from "../../jobs/preview.js";
import { buildDemoRepo, DEMO_LEARNER, DEMO_TIMEZONE } from "../demo-repo.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { parseAtOption } from "./run.js";

export const previewHelp = `Usage: checkpoint preview <path to a local git repository> [--config FILE] [--at INSTANT]
       checkpoint preview --demo [--at INSTANT]

Prints, offline, the weekly issue the repository's history would get for the
latest week completed at INSTANT (default: now). No GitHub, no credentials.
The repository's own .github/checkpoint.yml and expectation document are read
when it has them; --config reads another config instead. Where the config names
no learner, the repository's git user.email identifies them. --demo builds a
sample Django learner's repository, with our first user's expectation
document, in a temporary folder and previews it.`;

async function readConfig(file: string | undefined, io: Io): Promise<CheckpointConfig | undefined> {
  if (file === undefined) return undefined;
  const result = parseConfigText(await readFile(resolve(io.cwd, file), "utf8"));
  if (!result.ok) {
    // One problem a line, as `checkpoint validate` prints them.
    const lines = result.problems.map((problem) => `  ${formatProblem(problem)}`);
    throw new UsageError(`${file} cannot be read:\n${lines.join("\n")}`);
  }
  return result.config;
}

/** The demo learner's config: a course that started seven weeks before the week shown. */
function demoConfig(at: Date): CheckpointConfig {
  const draft = parseConfig({ course: { timezone: DEMO_TIMEZONE } });
  if (!draft.ok) throw new Error("the demo config is invalid");
  const probe = calendarFromConfig(draft.config, localDay(at, DEMO_TIMEZONE));
  const shown = latestCompletedWeek(probe, at);
  const config = parseConfig({
    learner: { name: DEMO_LEARNER.name.split(" ")[0], emails: [DEMO_LEARNER.email] },
    course: { timezone: DEMO_TIMEZONE, start_date: addDays(shown.firstDay, -49) },
  });
  if (!config.ok) throw new Error("the demo config is invalid");
  return config.config;
}

export async function preview(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      at: { type: "string" },
      demo: { type: "boolean", default: false },
    },
    strict: true,
  });
  const at = values.at ? parseAtOption(values.at) : new Date();
  if (values.demo === positionals.length > 0 || positionals.length > 1) {
    throw new UsageError("give one repository path, or --demo");
  }
  const demo = values.demo ? demoConfig(at) : undefined;
  const config = demo ?? (await readConfig(values.config, io));
  const dir = demo
    ? await buildDemoRepo(
        latestCompletedWeek(calendarFromConfig(demo, demo.course.start_date ?? ""), at),
      )
    : resolve(io.cwd, positionals[0] as string);
  try {
    const result = await previewWeek({ dir, at, ...(config ? { config } : {}) });
    if (!result.ok) {
      io.err(result.reason);
      return EXIT.problems;
    }
    for (const note of result.notes) io.err(`note: ${note}`);
    io.out(`# ${result.title}\n\n${result.body}`);
    return EXIT.ok;
  } finally {
    if (demo) await rm(dirname(dir), { recursive: true, force: true });
  }
}
