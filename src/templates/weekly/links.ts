import type { CommitEvidence } from "../../domain/measures/evidence.js";
import type { RepoMeasures } from "../../domain/measures/week-measures.js";

/**
 * Reference-style links (`[7][ref-1]` in the text, `[ref-1]: https://…` at the end): GitHub
 * renders them as ordinary links, and the e-mail notification, which shows raw Markdown,
 * keeps its tables and sentences readable instead of burying them under long addresses.
 */
export interface LinkBook {
  /** `text` linked to `url`, or `text` alone when the address is unknown: never a broken link. */
  to(text: string, url: string | undefined): string;
  /** One definition line per address used, in first-use order. */
  definitions(): string[];
}

/** A fresh book for one body; the same address always gets the same label. */
export function linkBook(): LinkBook {
  const labels = new Map<string, string>();
  return {
    to(text, url) {
      if (url === undefined) return text;
      let label = labels.get(url);
      if (label === undefined) {
        // "ref-" keeps a learner's "[1]" in a quoted step from resolving to one of ours.
        label = `ref-${labels.size + 1}`;
        labels.set(url, label);
      }
      return `[${text}][${label}]`;
    },
    definitions: () => [...labels].map(([url, label]) => `[${label}]: ${url}`),
  };
}

const encodePath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** Where a file of a repository lives on its default branch, when the repository's address is known. */
export function fileUrl(
  repos: readonly RepoMeasures[],
  file: { repo: string; path: string },
): string | undefined {
  const repo = repos.find((candidate) => candidate.repo === file.repo);
  if (repo?.url === undefined) return undefined;
  return `${repo.url}/blob/${encodePath(repo.defaultBranch)}/${encodePath(file.path)}`;
}

/** A commit's short SHA in a code span, linked to the commit when its address is known. */
export function commitLink(links: LinkBook, commit: CommitEvidence): string {
  return links.to(`\`${commit.sha.slice(0, 7)}\``, commit.url);
}
