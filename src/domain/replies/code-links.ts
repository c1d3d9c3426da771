import { SECTION_KEYS, type SectionKey } from "./sections.js";
import type { SectionLines } from "./split-sections.js";

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
type CodeLinkKind = "commit" | "pull" | "issue" | "pull-or-issue" | "compare";

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
  /** Global: read from `lastIndex` 0, match after match. */
  regex: RegExp;
  /** Text the pattern cannot match without: lines without it are not searched. */
  hint?: string;
  /** Only in the Code section: the short forms are too ambiguous in prose ("my #1 priority"). */
  codeSectionOnly: boolean;
  toLink: (match: RegExpExecArray) => CodeLink | undefined;
}

const DEFAULT_SERVER = "https://github.com";
/** The shortest SHA read as a commit. */
const SHORT_SHA = 7;
const SHA = `[0-9a-fA-F]{${SHORT_SHA},40}`;
// Every link has one: an address or a reference has a "/", an issue number or a SHA a digit.
const LINK_HINT = /[/\d]/;
const REPO = "([A-Za-z0-9][A-Za-z0-9-]*)/([\\w.-]+)";

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
  const links = new KnownWork();
  for (const key of order) {
    const usable = patterns.filter((pattern) => key === "code" || !pattern.codeSectionOnly);
    for (const line of sections[key] ?? []) {
      if (line.code || !LINK_HINT.test(line.text)) continue;
      for (const link of linksInLine(line.text, usable)) links.add(link);
    }
  }
  return links.list;
}

/**
 * Links found so far, in the order found, each piece of work once: a link is the same work as
 * a known one with the same address, or, for a commit, as a known commit of the same repository
 * (whatever its case) whose SHA starts with this one's or that this one's starts with. Known
 * links are looked up by address and by every prefix of their SHAs, not compared one by one:
 * a reply of thousands of links took seconds.
 */
class KnownWork {
  readonly list: CodeLink[] = [];
  private readonly urls = new Set<string>();
  /** By repository (lower case): each known commit's SHA, and every prefix of it as long as a short SHA. */
  private readonly commits = new Map<string, { shas: Set<string>; prefixes: Set<string> }>();

  add(link: CodeLink): void {
    if (this.urls.has(link.url)) return;
    if (link.kind === "commit") {
      const repo = link.repo.toLowerCase();
      const known = this.commits.get(repo) ?? {
        shas: new Set<string>(),
        prefixes: new Set<string>(),
      };
      this.commits.set(repo, known);
      const { ref } = link;
      // A known commit whose SHA starts with this one, or one this SHA starts with.
      if (known.prefixes.has(ref)) return;
      for (let length = SHORT_SHA; length < ref.length; length += 1) {
        if (known.shas.has(ref.slice(0, length))) return;
      }
      known.shas.add(ref);
      for (let length = SHORT_SHA; length <= ref.length; length += 1) {
        known.prefixes.add(ref.slice(0, length));
      }
    }
    this.urls.add(link.url);
    this.list.push(link);
  }
}

/** Links in one line, in the order written. */
function linksInLine(line: string, patterns: readonly Pattern[]): CodeLink[] {
  const found: { at: number; link: CodeLink }[] = [];
  let text = blankLinkTexts(line);
  for (const { regex, hint, toLink } of patterns) {
    if (hint !== undefined && !text.includes(hint)) continue;
    const read: { start: number; end: number }[] = [];
    regex.lastIndex = 0;
    // What `matchAll` would give (no pattern matches the empty string), without the copy of
    // the expression it makes on every call.
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const link = toLink(match);
      if (link === undefined) continue;
      found.push({ at: match.index, link });
      read.push({ start: match.index, end: match.index + match[0].length });
    }
    // Blank what was read, so a looser pattern later cannot read it again.
    text = blanked(text, read);
  }
  return found.sort((a, b) => a.at - b.at).map(({ link }) => link);
}

/** The text with each range (in order, not overlapping) replaced by as many spaces. */
function blanked(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(copied, start), " ".repeat(end - start));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

/**
 * A Markdown link's text only names what its address points at; the address is what counts.
 * Blanks the text between `[` and `](`, as `replace(/\[[^\]]*\]\(/g, …)` did, but finds each
 * `]` once: a run of `[` no longer scans the rest of the line from every one of them.
 */
function blankLinkTexts(line: string): string {
  const texts: { start: number; end: number }[] = [];
  let close = -1;
  for (let open = line.indexOf("["); open >= 0; open = line.indexOf("[", open + 1)) {
    if (close <= open) close = line.indexOf("]", open + 1);
    if (close < 0) break;
    if (line[close + 1] !== "(") continue;
    texts.push({ start: open + 1, end: close });
    open = close + 1;
  }
  return blanked(line, texts);
}

/** Most specific first: full addresses, then `owner/repo` references, then the short forms. */
function patternsFor(server: string, here: string): Pattern[] {
  const host = new URL(server).host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const address = `https?://(?:www\\.)?${host}/${REPO}/(commit|pull|issues|compare)/([^\\s<>()\\[\\]"'\`]+)`;
  return [
    {
      regex: new RegExp(address, "g"),
      hint: "://",
      codeSectionOnly: false,
      toLink: (m) => fromAddress(server, `${m[1]}/${m[2]}`, m[3] ?? "", m[4] ?? ""),
    },
    {
      regex: new RegExp(`(?<![\\w/.@-])${REPO}@(${SHA})(?![\\w-])`, "g"),
      hint: "@",
      codeSectionOnly: false,
      toLink: (m) => commit(server, `${m[1]}/${m[2]}`, m[3] ?? ""),
    },
    {
      regex: new RegExp(`(?<![\\w/.@-])${REPO}#(\\d+)(?!\\w)`, "g"),
      hint: "#",
      codeSectionOnly: false,
      toLink: (m) => numbered(server, `${m[1]}/${m[2]}`, "pull-or-issue", m[3] ?? ""),
    },
    {
      regex: /(?<![\w&/#])#(\d+)(?!\w)/g,
      hint: "#",
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
