#!/usr/bin/env node
import { pathToFileURL } from "node:url";
import { realpathSync } from "node:fs";
import { doctor, doctorHelp } from "./commands/doctor.js";
import { preview, previewHelp } from "./commands/preview.js";
import { loadDotEnv } from "../config/dotenv.js";
import { queue, queueHelp } from "./commands/queue.js";
import { run, runHelp } from "./commands/run.js";
import { schema, schemaHelp } from "./commands/schema.js";
import { validate, validateHelp } from "./commands/validate.js";
import { EXIT, UsageError, processIo, type Io } from "./io.js";

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { command: Command; help: string; summary: string }> = {
  preview: {
    command: preview,
    help: previewHelp,
    summary: "print, offline, the weekly issue a local repository would get",
  },
  run: { command: run, help: runHelp, summary: "perform every scheduled action due at an instant" },
  queue: { command: queue, help: queueHelp, summary: "show (or retry) the cluster's queue" },
  doctor: {
    command: doctor,
    help: doctorHelp,
    summary: "check the app, its webhooks and learners",
  },
  validate: { command: validate, help: validateHelp, summary: "check a .github/checkpoint.yml" },
  schema: { command: schema, help: schemaHelp, summary: "print the config's JSON Schema" },
};

export const mainHelp = `Usage: checkpoint <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join("\n")}

Run "checkpoint <command> --help" for a command's options.`;

/** The `checkpoint` command line; returns the exit code instead of exiting, for tests. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp);
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`checkpoint: unknown command "${name}"\n\n${mainHelp}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(entry.help);
    return EXIT.ok;
  }
  try {
    return await entry.command(rest, io);
  } catch (error) {
    // parseArgs reports unknown options with an ERR_PARSE_ARGS_* code.
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) {
      io.err(`checkpoint ${name}: ${(error as Error).message}\n\n${entry.help}`);
      return EXIT.usage;
    }
    io.err(`checkpoint ${name}: ${(error as Error).message}`);
    return EXIT.problems;
  }
}

// Run only when executed as the bin, not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  loadDotEnv();
  process.exitCode = await main(process.argv.slice(2));
}
