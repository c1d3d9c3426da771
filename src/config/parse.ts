import { number } from "../domain/words.js";
import { isAlias, isCollection, isMap, isPair, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node, YAMLError } from "yaml";
import { problemFromYaml, problemsFromZod, type ConfigProblem } from "./problems.js";
import { exampleFor } from "./reference.js";
import { configSchema, type CheckpointConfig } from "./schema.js";

export type ConfigResult =
  { ok: true; config: CheckpointConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * The longest config Checkpoint reads, in characters. The first learner's is 500 and a config
 * with every setting, a comment on each and a dozen goal overrides stays under 2,000; a longer
 * file is refused with a problem saying so. The YAML parser's time grows faster than the text
 * on some shapes (thousands of keys, or of errors: 5 MB of keys took 5.6 s), and at this
 * length its worst is a few tens of milliseconds.
 */
export const MAX_CONFIG_CHARS = 8_192;

/**
 * How deep a config may nest lists and mappings, counted on each line as the brackets still
 * open plus the `- `, `? ` and `: ` indicators (a generous over-count: settings go three levels
 * deep). The YAML parser recurses once per level, and a deep enough file (`[[[[…`, `- - - …`)
 * can crash the whole process rather than fail; such a file is refused before it is parsed.
 */
export const MAX_CONFIG_DEPTH = 32;

type SchemaNode = { def?: { innerType?: unknown; shape?: Record<string, unknown> } } | undefined;

/** Through defaults, optionals and prefaults to the schema beneath. */
function unwrapped(node: SchemaNode): SchemaNode {
  let current = node;
  for (let depth = 0; depth < 8 && current?.def?.innerType; depth++) {
    current = current.def.innerType as SchemaNode;
  }
  return current;
}

/** The fields the config schema knows at `path` (an object's keys), for "did you mean". */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  let node = unwrapped(configSchema as SchemaNode);
  for (const key of path) node = unwrapped(node?.def?.shape?.[String(key)] as SchemaNode);
  return Object.keys(node?.def?.shape ?? {});
}

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
    : { ok: false, problems: problemsFromZod(result.error, fieldsAt).map(withExample) };
}

/** A problem with its field's example attached, when the schema has one for that field. */
function withExample(problem: ConfigProblem): ConfigProblem {
  const example = exampleFor(problem.path);
  return example === undefined ? problem : { ...problem, example };
}

/**
 * Why a config's text is refused before any YAML parser sees it: longer than
 * MAX_CONFIG_CHARS, or nested deeper than MAX_CONFIG_DEPTH. Undefined when it may be parsed.
 */
export function refusedConfigText(text: string): ConfigProblem | undefined {
  if (text.length > MAX_CONFIG_CHARS) {
    const length = number(text.length);
    const limit = number(MAX_CONFIG_CHARS);
    return {
      path: "",
      message: `the file is ${length} characters long; Checkpoint reads a config of up to ${limit} characters`,
    };
  }
  if (nestingDepth(text) > MAX_CONFIG_DEPTH) {
    return {
      path: "",
      message: `the file nests lists and mappings more than ${MAX_CONFIG_DEPTH} levels deep; a config needs three`,
    };
  }
  return undefined;
}

/**
 * Parses the YAML text of `.github/checkpoint.yml` and validates it. A file refused by
 * `refusedConfigText`, or with a list or mapping as a key, gets one problem saying so;
 * otherwise the result is what YAML's `parse` of the text gave, validated.
 */
export function parseConfigText(text: string): ConfigResult {
  const refused = refusedConfigText(text);
  if (refused !== undefined) return { ok: false, problems: [refused] };
  // The errors' stack traces are never read, and capturing one per error is most of the time
  // a file full of errors takes.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let raw: unknown;
  try {
    const read = readYaml(text);
    if ("problem" in read) return { ok: false, problems: [read.problem] };
    raw = read.value;
  } catch (error) {
    return { ok: false, problems: [problemFromYaml(error)] };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return parseConfig(raw);
}

/**
 * YAML's `parse(text, { prettyErrors: true })`, but with only the first error (the one
 * reported) and the first warning given their line and column: placing every one of
 * thousands of errors cost time quadratic in the length of a line.
 */
function readYaml(text: string): { value: unknown } | { problem: ConfigProblem } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, lineCounter });
  const [warning] = document.warnings;
  if (warning !== undefined) process.emitWarning(placed(warning, lineCounter));
  const [error] = document.errors;
  if (error !== undefined) return { problem: problemFromYaml(placed(error, lineCounter)) };
  const key = collectionKey(document);
  if (key !== undefined) {
    const at = key.range ? lineCounter.linePos(key.range[0]) : undefined;
    const where = at ? ` at line ${at.line}, column ${at.col}` : "";
    return {
      problem: {
        path: "",
        message: `a setting's name${where} is a list or mapping; names are plain words such as "course"`,
      },
    };
  }
  return { value: document.toJS() };
}

/** The error with its line and column, as YAML's pretty errors give them. */
function placed<E extends YAMLError>(error: E, lineCounter: LineCounter): E {
  const [start] = error.pos;
  if (start === -1) return error;
  error.linePos = error.pos.map((pos) => lineCounter.linePos(pos)) as E["linePos"];
  const { line, col } = lineCounter.linePos(start);
  error.message += ` at line ${line}, column ${col}`;
  return error;
}

/**
 * The first key, in document order, that is a list or mapping (`? [a, b]: c`), if any. No
 * setting is named like that, and YAML's turning such keys into strings costs time that grows
 * steeply with their nesting (a 500-character file took five seconds).
 */
function collectionKey(document: Document): Node | undefined {
  // Depth first without recursion (a file may nest deep), children pushed last to first.
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) {
      const key = isAlias(node.key) ? node.key.resolve(document) : node.key;
      if (isCollection(key)) return node.key as Node;
      pending.push(node.value);
    } else if (isMap(node) || isSeq(node)) {
      for (let item = node.items.length - 1; item >= 0; item -= 1) pending.push(node.items[item]);
    }
  }
  return undefined;
}

/**
 * An over-count of how deeply the text nests: on each line, the flow brackets open so far plus
 * the block indicators (`- `, `? `, `: `) before each point; quotes and comments included.
 */
function nestingDepth(text: string): number {
  let open = 0;
  let indicators = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\n" || char === "\r") indicators = 0;
    else if (char === "[" || char === "{") open += 1;
    else if (char === "]" || char === "}") open = Math.max(0, open - 1);
    else if (char === "-" || char === "?" || char === ":") {
      const next = text[index + 1];
      if (next === undefined || next === " " || next === "\t" || next === "\n" || next === "\r") {
        indicators += 1;
      }
    }
    deepest = Math.max(deepest, open + indicators);
  }
  return deepest;
}
