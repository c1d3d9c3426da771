import { configJsonSchema } from "./json-schema.js";

/** One setting of `.github/checkpoint.yml` as the reference lists it. */
export interface SettingReference {
  /** Dotted path, `goals.<id>.rule` for a goal's entry. */
  path: string;
  description: string;
  /** The setting written as a learner would write it: `commits: 10`. */
  example?: string;
}

interface SchemaNode {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
}

/** `key: value` on one line; JSON is YAML too, and quoted text is never misread ("09:00"). */
const asYaml = (key: string, value: unknown) =>
  `${key}: ${Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]` : JSON.stringify(value)}`;

function walk(node: SchemaNode, path: string, key: string): SettingReference[] {
  const record = typeof node.additionalProperties === "object" ? node.additionalProperties : null;
  if (node.properties || record) {
    const fields = Object.entries(node.properties ?? {}).flatMap(([name, child]) =>
      walk(child, path === "" ? name : `${path}.${name}`, name),
    );
    return record ? [...fields, ...walk(record, `${path}.<id>`, "<id>")] : fields;
  }
  const example = node.examples?.[0];
  return [
    {
      path,
      description: node.description ?? "",
      ...(example === undefined ? {} : { example: asYaml(key, example) }),
    },
  ];
}

let reference: SettingReference[] | undefined;

/** Every setting Checkpoint reads, in schema order, from the same schema it validates with. */
export function configReference(): SettingReference[] {
  reference ??= walk(configJsonSchema() as SchemaNode, "", "");
  return reference;
}

/**
 * The example of the setting a problem is about: `repositories[1]` is about `repositories`,
 * `goals.skills/orm.rule` about `goals.<id>.rule`. Undefined for a field the schema lacks.
 */
export function exampleFor(problemPath: string): string | undefined {
  const goal = /^goals\.(.+)\.rule$/.exec(problemPath);
  const path = goal ? "goals.<id>.rule" : problemPath.replace(/\[\d+\]$/, "");
  return configReference().find((setting) => setting.path === path)?.example;
}
