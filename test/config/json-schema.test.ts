import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchema, configJsonSchemaText } from "../../src/config/json-schema.js";

describe("the shipped JSON Schema", () => {
  it("is the one generated from the zod schema (run `npm run schema` when this fails)", () => {
    expect(readFileSync("schema/checkpoint.schema.json", "utf8")).toBe(configJsonSchemaText());
  });

  it("describes every field with its default, so editors can complete and explain it", () => {
    const schema = configJsonSchema() as {
      properties: Record<
        string,
        {
          description?: string;
          properties?: Record<string, { default?: unknown; description?: string }>;
        }
      >;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.course?.properties?.timezone?.default).toBe("UTC");
    expect(schema.properties.course?.properties?.weeks?.default).toBe(24);
    expect(schema.properties.schedule?.properties?.reminder_after_days?.default).toBe(3);
    for (const [name, field] of Object.entries(schema.properties)) {
      expect(field.description, name).toBeTruthy();
      for (const [child, value] of Object.entries(field.properties ?? {})) {
        expect(value.description, `${name}.${child}`).toBeTruthy();
      }
    }
  });
});
