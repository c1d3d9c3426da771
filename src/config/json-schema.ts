import { z } from "zod";
import { configSchema } from "./schema.js";

/**
 * The JSON Schema of `.github/checkpoint.yml`, generated from the zod schema so the two
 * never disagree. It describes what a learner may write (defaults included), not the
 * parsed result. Draft-07 is what YAML editors support best.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", target: "draft-07" }),
    title: "Checkpoint configuration (.github/checkpoint.yml)",
  };
}

/** The schema file's exact text, as `npm run schema` writes it and the staleness test checks it. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
