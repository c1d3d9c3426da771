import { execFile } from "node:child_process";

/** How long one git command may take before it is stopped. */
const GIT_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

// Settings a user's git config could turn on that would change the output parsed here.
const FIXED_CONFIG = ["-c", "log.showSignature=false", "-c", "color.ui=never"];

/**
 * Runs `git` in the repository at `dir` with arguments passed as an array (never through a
 * shell), `input` on its standard input, and returns its standard output. Rejects with
 * git's own message when it fails.
 */
export function runGit(dir: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      ["-C", dir, ...FIXED_CONFIG, ...args],
      {
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT_BYTES,
        // A user's pathspec settings would make git refuse or reread the paths given here.
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: "0",
          LC_ALL: "C",
          GIT_GLOB_PATHSPECS: "0",
          GIT_ICASE_PATHSPECS: "0",
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(`git ${args[0] ?? ""} failed in ${dir}: ${stderr.trim() || error.message}`),
          );
        } else {
          resolve(stdout);
        }
      },
    );
    // A git that stops reading early fails with its own message above, not with EPIPE here.
    child.stdin?.on("error", () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Like runGit, but undefined when git fails (a path or ref that does not exist). */
export async function tryGit(dir: string, args: string[]): Promise<string | undefined> {
  try {
    return await runGit(dir, args);
  } catch {
    return undefined;
  }
}
