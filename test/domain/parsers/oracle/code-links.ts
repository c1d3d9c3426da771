// Oracle: src/domain/replies/code-links.ts as it was at commit f8edfa0, before the parsers were made
// linear. Its regular expressions define what the linear parsers must read; on small inputs,
// where their backtracking costs nothing, equivalence.test.ts checks the two agree. Don't edit.
import { SECTION_KEYS, type SectionKey } from "../../../../src/domain/replies/sections.js";
import type { SectionLines } from "../../../../src/domain/replies/split-sections.js";

/** The repository a reply was written in, which `#12` and bare SHAs refer to. */
export interface RepoContext {
  owner: string;
  repo: string;
  /** Web address of the GitHub server (default https://github.com); Enterprise Server sets its own. */
  serverUrl?: string;
}

/**
 * What a link points at. `pull-or-issue` is a `#12` reference: GitHub numbers pull requests
 * and issues together, and its `/issues/12` address opens either.
 */
export type CodeLinkKind = "commit" | "pull" | "issue" | "pull-or-issue" | "compare";

/** A piece of work the learner pointed at, with a canonical address on the server. */
export interface CodeLink {
  kind: CodeLinkKind;
  /** "owner/name". */
  repo: string;
  /** The commit SHA (lower case), the number, or the compare range ("main...feature"). */
  ref: string;
  url: string;
}

interface Pattern {
  regex: RegExp;
  /** Only in the Code section: the short forms are too ambiguous in prose ("my #1 priority"). */
  codeSectionOnly: boolean;
  toLink: (match: RegExpExecArray) => CodeLink | undefined;
}

const DEFAULT_SERVER = "https://github.com";
const SHA = "[0-9a-fA-F]{7,40}";
const REPO = "([A-Za-z0-9][A-Za-z0-9-]*)/([\\w.-]+)";
// A Markdown link's text only names what its address points at; the address is what counts.
const LINK_TEXT = /\[[^\]]*\]\(/g;

/**
 * Links to work in a reply: the Code section first, then the other sections in template order.
 * Addresses (`…/commit/<sha>`, `…/pull/N`, `…/issues/N`, `…/compare/a...b`) and qualified
 * references (`owner/repo@sha`, `owner/repo#N`) count anywhere; `#12` and a bare 7–40 digit
 * SHA only in the Code section. Code blocks are skipped; a link found twice, or a commit named
 * again by a shorter SHA, is kept once.
 */
export function findCodeLinks(sections: SectionLines, context: RepoContext): CodeLink[] {
  const server = (context.serverUrl ?? DEFAULT_SERVER).replace(/\/+$/, "");
  const patterns = patternsFor(server, `${context.owner}/${context.repo}`);
  const order: SectionKey[] = ["code", ...SECTION_KEYS.filter((key) => key !== "code")];
  const links: CodeLink[] = [];
  for (const key of order) {
    const usable = patterns.filter((pattern) => key === "code" || !pattern.codeSectionOnly);
    for (const line of sections[key] ?? []) {
      if (line.code) continue;
      for (const link of linksInLine(line.text, usable)) {
        if (!links.some((known) => sameWork(known, link))) links.push(link);
      }
    }
  }
  return links;
}

/** Links in one line, in the order written. */
function linksInLine(line: string, patterns: readonly Pattern[]): CodeLink[] {
  const found: { at: number; link: CodeLink }[] = [];
  let text = line.replace(LINK_TEXT, (match) => `[${" ".repeat(match.length - 3)}](`);
  for (const { regex, toLink } of patterns) {
    for (const match of text.matchAll(regex)) {
      const link = toLink(match);
      if (link === undefined) continue;
      found.push({ at: match.index, link });
      // Blank what was read, so a looser pattern later cannot read it again.
      const end = match.index + match[0].length;
      text = text.slice(0, match.index) + " ".repeat(match[0].length) + text.slice(end);
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ link }) => link);
}

/** Most specific first: full addresses, then `owner/repo` references, then the short forms. */
function patternsFor(server: string, here: string): Pattern[] {
  const host = new URL(server).host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const address = `https?://(?:www\\.)?${host}/${REPO}/(commit|pull|issues|compare)/([^\\s<>()\\[\\]"'\`]+)`;
  return [
    {
      regex: new RegExp(address, "g"),
      codeSectionOnly: false,
      toLink: (m) => fromAddress(server, `${m[1]}/${m[2]}`, m[3] ?? "", m[4] ?? ""),
    },
    {
      regex: new RegExp(`(?<![\\w/.@-])${REPO}@(${SHA})(?![\\w-])`, "g"),
      codeSectionOnly: false,
      toLink: (m) => commit(server, `${m[1]}/${m[2]}`, m[3] ?? ""),
    },
    {
      regex: new RegExp(`(?<![\\w/.@-])${REPO}#(\\d+)(?!\\w)`, "g"),
      codeSectionOnly: false,
      toLink: (m) => numbered(server, `${m[1]}/${m[2]}`, "pull-or-issue", m[3] ?? ""),
    },
    {
      regex: /(?<![\w&/#])#(\d+)(?!\w)/g,
      codeSectionOnly: true,
      toLink: (m) => numbered(server, here, "pull-or-issue", m[1] ?? ""),
    },
    {
      // A digit rules out English words that happen to be hex ("defaced", "effaced").
      regex: new RegExp(`(?<![\\w/@#.-])(${SHA})(?![\\w/@-]|\\.\\w)`, "g"),
      codeSectionOnly: true,
      toLink: (m) => (/\d/.test(m[1] ?? "") ? commit(server, here, m[1] ?? "") : undefined),
    },
  ];
}

function fromAddress(
  server: string,
  repo: string,
  kind: string,
  tail: string,
): CodeLink | undefined {
  if (kind === "commit") {
    const sha = new RegExp(`^(${SHA})(?!\\w)`).exec(tail)?.[1];
    return sha === undefined ? undefined : commit(server, repo, sha);
  }
  if (kind === "compare") {
    const range = tail.replace(/[?#].*$/, "").replace(/[.,;:!?]+$/, "");
    return range === ""
      ? undefined
      : { kind, repo, ref: range, url: `${server}/${repo}/compare/${range}` };
  }
  // A commit opened from a pull request's list of commits is still that commit.
  const pull = new RegExp(`^(\\d+)(?:/commits/(${SHA}))?(?!\\w)`).exec(tail);
  if (pull === null) return undefined;
  if (pull[2] !== undefined) return commit(server, repo, pull[2]);
  return numbered(server, repo, kind === "pull" ? "pull" : "issue", pull[1] ?? "");
}

function commit(server: string, repo: string, sha: string): CodeLink {
  const ref = sha.toLowerCase();
  return { kind: "commit", repo, ref, url: `${server}/${repo}/commit/${ref}` };
}

function numbered(
  server: string,
  repo: string,
  kind: "pull" | "issue" | "pull-or-issue",
  ref: string,
): CodeLink {
  return {
    kind,
    repo,
    ref,
    url: `${server}/${repo}/${kind === "pull" ? "pull" : "issues"}/${ref}`,
  };
}

/** The same address, or the same commit named by SHAs of different lengths. */
function sameWork(a: CodeLink, b: CodeLink): boolean {
  if (a.url === b.url) return true;
  if (a.kind !== "commit" || b.kind !== "commit") return false;
  if (a.repo.toLowerCase() !== b.repo.toLowerCase()) return false;
  return a.ref.startsWith(b.ref) || b.ref.startsWith(a.ref);
}
