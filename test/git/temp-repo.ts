import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Who commits, and when (author and committer date alike). */
interface Author {
  email: string;
  name?: string;
  at: string;
}

/** A throwaway git repository the test writes history into. */
export interface TempRepo {
  dir: string;
  /** Runs git in the repository as `author`, returning trimmed output. */
  git(args: string[], author?: Author): string;
  /** Writes (string) or deletes (null) files, stages everything, commits; returns the sha. */
  commit(author: Author, message: string, files: Record<string, string | null>): string;
  remove(): void;
}

/** A new empty repository on branch `main` under the system temp folder, named `name`. */
export function tempRepo(name = "blog"): TempRepo {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "checkpoint-git-")), name);
  mkdirSync(dir);
  // Who commits and when, in the environment (GIT_CONFIG_COUNT: git's -c options as variables).
  const envOf = (author?: Author): NodeJS.ProcessEnv => {
    const config = {
      "user.email": author?.email ?? "setup@example.com",
      "user.name": author?.name ?? "Someone",
      "commit.gpgSign": "false",
    };
    return {
      ...process.env,
      ...Object.fromEntries(
        Object.entries(config).flatMap(([key, value], i) => [
          [`GIT_CONFIG_KEY_${i}`, key],
          [`GIT_CONFIG_VALUE_${i}`, value],
        ]),
      ),
      GIT_CONFIG_COUNT: String(Object.keys(config).length),
      GIT_AUTHOR_DATE: author?.at ?? "2025-01-01T00:00:00Z",
      GIT_COMMITTER_DATE: author?.at ?? "2025-01-01T00:00:00Z",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: dir,
    };
  };
  const git = (args: string[], author?: Author) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", env: envOf(author) }).trim();
  git(["init", "--quiet", "--initial-branch=main"]);
  return {
    dir,
    git,
    commit(author, message, files) {
      for (const [file, content] of Object.entries(files)) {
        const target = path.join(dir, file);
        if (content === null) rmSync(target);
        else {
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
      }
      // One process for the three steps: starting one from the test's process costs more
      // than git's work.
      const script =
        'git add --all && git commit --quiet --allow-empty -m "$1" && git rev-parse HEAD';
      return execFileSync("sh", ["-c", script, "sh", message], {
        cwd: dir,
        encoding: "utf8",
        env: envOf(author),
      }).trim();
    },
    remove: () => rmSync(path.dirname(dir), { recursive: true, force: true }),
  };
}
