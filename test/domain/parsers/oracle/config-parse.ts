// Oracle: parseConfigText of src/config/parse.ts as it was at commit f8edfa0, before configs
// were bounded: YAML's own `parse`, then validation. Do not edit.
import { parse as parseYaml } from "yaml";
import { parseConfig, type ConfigResult } from "../../../../src/config/parse.js";
import { problemFromYaml } from "../../../../src/config/problems.js";

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
