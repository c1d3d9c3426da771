import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

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
  const repo = repoAt(newFolder(name));
  repo.git(["init", "--quiet", "--initial-branch=main"]);
  return repo;
}

/** A new folder named `name` in a temp folder of its own. */
function newFolder(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "checkpoint-git-")), name);
  mkdirSync(dir);
  return dir;
}

/** The repository at `dir`, to write history into. */
function repoAt(dir: string): TempRepo {
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
      // One process for both steps: starting one from the test's process costs more than
      // git's work. The new commit's sha is then read from the branch's file.
      const script = 'git add --all && git commit --quiet --allow-empty -m "$1"';
      execFileSync("sh", ["-c", script, "sh", message], { cwd: dir, env: envOf(author) });
      return headSha(dir) ?? git(["rev-parse", "HEAD"]);
    },
    remove: () => rmSync(path.dirname(dir), { recursive: true, force: true }),
  };
}

/** HEAD's commit from the files under .git; undefined where git packed the branch away. */
function headSha(dir: string): string | undefined {
  const head = readFileSync(path.join(dir, ".git", "HEAD"), "utf8").trim();
  if (!head.startsWith("ref: ")) return head;
  const branch = path.join(dir, ".git", head.slice("ref: ".length));
  return existsSync(branch) ? readFileSync(branch, "utf8").trim() : undefined;
}

/**
 * A history written once per test run and copied for each test that asks for it: the same
 * commits, authors and dates give the same shas, and writing one takes two dozen git
 * processes. `write` makes it in a repository of its own; its shas come with every copy.
 * Test files running side by side may both write it: the first to finish keeps its own.
 */
export function writtenOnce<Sha extends Record<string, string>>(
  name: string,
  write: () => { repo: TempRepo; sha: Sha },
): { repo: TempRepo; sha: Sha } {
  const kept = path.join(inject("runFolder"), "histories", name);
  if (!existsSync(kept)) {
    const written = write();
    mkdirSync(path.dirname(kept), { recursive: true });
    const staging = mkdtempSync(`${kept}-`);
    cpSync(written.repo.dir, path.join(staging, "repo"), { recursive: true });
    const about = { folder: path.basename(written.repo.dir), sha: written.sha };
    writeFileSync(path.join(staging, "history.json"), JSON.stringify(about));
    try {
      renameSync(staging, kept);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
    return written;
  }
  const about = JSON.parse(readFileSync(path.join(kept, "history.json"), "utf8")) as {
    folder: string;
    sha: Sha;
  };
  const dir = newFolder(about.folder);
  cpSync(path.join(kept, "repo"), dir, { recursive: true });
  return { repo: repoAt(dir), sha: about.sha };
}
