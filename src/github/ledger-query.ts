import type { CommentRecord } from "./comments.js";
import { CHECKPOINT_LABEL, type IssueRecord } from "./issues.js";

/*
 * A home's ledger read in GraphQL, as fields of a repository alias, so the installation's
 * one query for config files carries it too. GraphQL cannot list by author reliably for an
 * app's bot, so the newest hundred issues are read and the bot's kept here; a repository
 * with more answers "incomplete", and the ledger is then listed by REST, by creator.
 */

/** The newest issues read; a repository with more is listed by REST instead. */
const ISSUES_PAGE = 100;
/** Open labelled issues whose comments come with the ledger; others are read when asked for. */
const TALK_PAGE = 20;
/** Comments read per open issue; an issue with more has them listed by REST. */
const COMMENTS_PAGE = 100;

const LABEL = JSON.stringify(CHECKPOINT_LABEL.name);

// An issue closed as a duplicate reads as NOT_PLANNED here (REST says "duplicate"): no
// decision tells the two apart, only "reopened" is read.

/**
 * The ledger's fields of one repository. By GitHub's formula: the issues 1, the labelled
 * issues 1, the open labelled issues 1 and their comments one each (20): 23 requests.
 */
export const LEDGER_FIELDS = `
    issues(first: ${ISSUES_PAGE}, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage }
      nodes {
        number title body url state stateReason locked createdAt updatedAt
        author { __typename login }
        comments { totalCount }
      }
    }
    labelled: issues(first: ${ISSUES_PAGE}, labels: [${LABEL}]) { nodes { number } }
    talk: issues(first: ${TALK_PAGE}, states: OPEN, labels: [${LABEL}]) {
      nodes {
        number
        comments(first: ${COMMENTS_PAGE}) {
          totalCount
          nodes { url body createdAt updatedAt author { __typename login } }
        }
      }
    }`;

interface Author {
  __typename: string;
  login: string;
}

interface IssueNode {
  number: number;
  title: string;
  body: string;
  url: string;
  state: "OPEN" | "CLOSED";
  stateReason: string | null;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  author: Author | null;
  comments: { totalCount: number };
}

interface CommentNode {
  /** Ends `#issuecomment-<id>`, the REST id: `databaseId` is a 32-bit Int, too small for today's ids. */
  url: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  author: Author | null;
}

/** LEDGER_FIELDS as GitHub answers them. */
export interface LedgerAnswer {
  issues?: { pageInfo: { hasNextPage: boolean }; nodes: (IssueNode | null)[] } | null;
  labelled?: { nodes: ({ number: number } | null)[] } | null;
  talk?: {
    nodes: ({
      number: number;
      comments: { totalCount: number; nodes: (CommentNode | null)[] };
    } | null)[];
  } | null;
}

/** The bot's issues in a repository, and the whole comments of those of them that are open. */
export interface LedgerListing {
  issues: IssueRecord[];
  /** Every comment of an issue, oldest first, for the issues whose comments came along. */
  comments: Map<number, CommentRecord[]>;
}

/**
 * A login as REST spells it: GraphQL gives an app's bot without the `[bot]` REST adds, and
 * Checkpoint knows its own bot by the REST name.
 */
function restLogin(author: Author | null): string {
  if (!author) return "";
  return author.__typename === "Bot" ? `${author.login}[bot]` : author.login;
}

function issueRecord(node: IssueNode, labelled: ReadonlySet<number>): IssueRecord {
  return {
    number: node.number,
    title: node.title,
    body: node.body,
    url: node.url,
    state: node.state === "OPEN" ? "open" : "closed",
    stateReason: node.stateReason === null ? null : node.stateReason.toLowerCase(),
    comments: node.comments.totalCount,
    locked: node.locked,
    labels: labelled.has(node.number) ? [CHECKPOINT_LABEL.name] : [],
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

/** A comment's REST id, from its address: `…/issues/7#issuecomment-2250077004`. */
function commentId(url: string): number | undefined {
  const id = /#issuecomment-(\d{1,15})$/.exec(url)?.[1];
  return id === undefined ? undefined : Number(id);
}

function commentRecord(node: CommentNode | null): CommentRecord | undefined {
  const id = node ? commentId(node.url) : undefined;
  if (!node || id === undefined) return undefined;
  return {
    id,
    body: node.body,
    authorLogin: restLogin(node.author),
    authorType: node.author?.__typename ?? "",
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
  };
}

/**
 * The ledger in an answer to LEDGER_FIELDS: the issues `bot` opened (only an app's bot is
 * believed, never a person of the same name) and the comments read whole. Undefined when
 * the answer cannot stand for the whole ledger: more issues than one page, or a part missing.
 */
export function ledgerListing(answer: LedgerAnswer, bot: string): LedgerListing | undefined {
  const { issues, labelled, talk } = answer;
  if (!issues || !labelled || !talk || issues.pageInfo.hasNextPage) return undefined;
  const labelledNumbers = new Set(labelled.nodes.flatMap((node) => (node ? [node.number] : [])));
  const own = (author: Author | null) =>
    author?.__typename === "Bot" && restLogin(author).toLowerCase() === bot.toLowerCase();
  const records = issues.nodes
    .filter((node): node is IssueNode => node !== null && own(node.author))
    .map((node) => issueRecord(node, labelledNumbers));
  const ownNumbers = new Set(records.map((record) => record.number));
  const comments = new Map<number, CommentRecord[]>();
  for (const node of talk.nodes) {
    if (!node) continue;
    const { totalCount, nodes } = node.comments;
    if (!ownNumbers.has(node.number) || nodes.length < totalCount) continue;
    const read = nodes.map(commentRecord);
    if (read.every((record) => record !== undefined)) comments.set(node.number, read);
  }
  return { issues: records, comments };
}
