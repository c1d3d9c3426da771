import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { configJsonSchemaText } from "../../config/json-schema.js";
import { EXIT, type Io } from "../io.js";

export const schemaHelp = `Usage: checkpoint schema [--write FILE]

Prints the JSON Schema of .github/checkpoint.yml, generated from the same
schema the app validates with; --write saves it to FILE instead.`;

export async function schema(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { write: { type: "string" } },
    strict: true,
  });
  const text = configJsonSchemaText();
  if (values.write) {
    await writeFile(resolve(io.cwd, values.write), text);
    io.out(`wrote ${values.write}`);
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}
