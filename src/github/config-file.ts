import type { ProbotOctokit } from "probot";
import {
  parseConfig,
  parseConfigText,
  refusedConfigText,
  type ConfigResult,
} from "../config/parse.js";
import { problemFromYaml, type ConfigProblem } from "../config/problems.js";
import { CONFIG_PATH } from "../config/schema.js";
import { readRepoFile } from "./contents.js";

export type LoadedConfig = ConfigResult | { ok: false; missing: true; problems: ConfigProblem[] };

const PLUGIN_PREFIX = "[@probot/octokit-plugin-config]";

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Later (more specific) files win field by field; lists are replaced, not concatenated. */
function mergeConfigs(configs: PlainObject[]): PlainObject {
  return configs.reduce<PlainObject>((merged, next) => {
    const result: PlainObject = { ...merged };
    for (const [key, value] of Object.entries(next)) {
      const current = result[key];
      result[key] =
        isPlainObject(current) && isPlainObject(value) ? mergeConfigs([current, value]) : value;
    }
    return result;
  }, {});
}

/**
 * Reads `.github/checkpoint.yml` with Probot's config conventions: the repository's file,
 * else the owner's `.github` repository, with `_extends` followed. The webhook handlers,
 * the scheduler and the CLI all load config through here.
 */
export async function loadConfig(params: {
  octokit: ProbotOctokit;
  owner: string;
  repo: string;
}): Promise<LoadedConfig> {
  const { octokit, owner, repo } = params;
  try {
    const { files, config } = await octokit.config.get({
      owner,
      repo,
      path: CONFIG_PATH,
      defaults: (configs: object[]) => mergeConfigs(configs as PlainObject[]),
    });
    if (files.every((file) => file.config === null)) {
      return {
        ok: false,
        missing: true,
        problems: [{ path: "", message: `no ${CONFIG_PATH} found in ${owner}/${repo}` }],
      };
    }
    return parseConfig(config);
  } catch (error) {
    // The config plugin reports unreadable files with its own prefix; a YAML syntax
    // error is its cause and carries the line. Anything else (API failures) is the caller's.
    const { message, cause } = error as Error;
    if (!message.startsWith(PLUGIN_PREFIX)) throw error;
    const problem = cause
      ? problemFromYaml(cause)
      : { path: "", message: message.slice(PLUGIN_PREFIX.length).trim() };
    return { ok: false, problems: [problem] };
  }
}

/**
 * The config of a repository that may be a learner's home: one read of its own file, unless
 * the caller read it already (`text`, as an installation's pass reads all of them in one
 * query). A repository without one is not a home (no fallback to the account's `.github`
 * repository, which would make every repository a home); one with `_extends` is loaded in full.
 */
export async function discoverConfig(params: {
  octokit: ProbotOctokit;
  owner: string;
  repo: string;
  text?: string | undefined;
}): Promise<LoadedConfig> {
  const { octokit, owner, repo } = params;
  const text = params.text ?? (await readRepoFile(octokit, { owner, repo, path: CONFIG_PATH }));
  if (text === undefined) {
    return { ok: false, missing: true, problems: [{ path: "", message: `no ${CONFIG_PATH}` }] };
  }
  // Probot's config plugin parses `_extends` files with no bounds: refuse what ours would.
  const refused = refusedConfigText(text);
  if (refused) return { ok: false, problems: [refused] };
  return /^_extends\s*:/m.test(text) ? loadConfig(params) : parseConfigText(text);
}
