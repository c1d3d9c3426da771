import { parse as parseYaml } from "yaml";
import { problemFromYaml, problemsFromZod, type ConfigProblem } from "./problems.js";
import { configSchema, type CheckpointConfig } from "./schema.js";

export type ConfigResult =
  { ok: true; config: CheckpointConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates an already-parsed config object (an empty file counts as `{}`). */
export function parseConfig(raw: unknown): ConfigResult {
  const value = raw ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ path: "", message: "the file must be a YAML mapping of settings" }],
    };
  }
  const result = configSchema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, config: result.data }
    : { ok: false, problems: problemsFromZod(result.error) };
}

/** Parses the YAML text of `.github/checkpoint.yml` and validates it. */
export function parseConfigText(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    return { ok: false, problems: [problemFromYaml(error)] };
  }
  return parseConfig(raw);
}
