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
  const git = (args: string[], author?: Author) =>
    execFileSync(
      "git",
      [
        "-c",
        `user.email=${author?.email ?? "setup@example.com"}`,
        "-c",
        `user.name=${author?.name ?? "Someone"}`,
        "-c",
        "commit.gpgSign=false",
        ...args,
      ],
      {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: author?.at ?? "2025-01-01T00:00:00Z",
          GIT_COMMITTER_DATE: author?.at ?? "2025-01-01T00:00:00Z",
          GIT_CONFIG_NOSYSTEM: "1",
          HOME: dir,
        },
      },
    ).trim();
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
      git(["add", "--all"]);
      git(["commit", "--quiet", "--allow-empty", "-m", message], author);
      return git(["rev-parse", "HEAD"]);
    },
    remove: () => rmSync(path.dirname(dir), { recursive: true, force: true }),
  };
}
