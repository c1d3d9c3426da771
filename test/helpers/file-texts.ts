import nock from "nock";
import { expect } from "vitest";

const API = "https://api.github.com";

/**
 * Answers the installation pass's one query for every repository's `.github/checkpoint.yml`
 * and `EXPECTATIONS.md` (`query CheckpointFiles`), asserting it asks for exactly these
 * repositories, in order; `null` is a repository without the config, and the expectation
 * document is `expectations` where given, else missing.
 */
export function expectConfigTexts(
  files: readonly [fullName: string, text: string | null, expectations?: string][],
  scope: nock.Scope = nock(API),
  /** Each repository's ledger, as ledgerFields gives it, when the query asks for ledgers. */
  ledgers?: Record<string, unknown>,
): nock.Scope {
  return scope
    .post("/graphql", (body: { query: string; variables: Record<string, string> }) => {
      expect(body.query).toMatch(/^query CheckpointFiles\(/);
      expect(body.query).toContain('f0: object(expression: "HEAD:.github/checkpoint.yml")');
      expect(body.query).toContain('f1: object(expression: "HEAD:EXPECTATIONS.md")');
      expect(body.query.includes("labelled: issues(")).toBe(ledgers !== undefined);
      const asked = files.map((_, i) => `${body.variables[`o${i}`]}/${body.variables[`n${i}`]}`);
      expect(asked).toEqual(files.map(([fullName]) => fullName));
      return true;
    })
    .reply(200, {
      data: Object.fromEntries(
        files.map(([fullName, text, expectations], i) => [
          `r${i}`,
          {
            f0: text === null ? null : { text },
            f1: expectations === undefined ? null : { text: expectations },
            ...(ledgers ? (ledgers[fullName] ?? ledgerFields([])) : {}),
          },
        ]),
      ),
    });
}

interface RestUser {
  login: string;
  type: string;
}

/** An author as GraphQL names it: an app's bot without the `[bot]` REST adds. */
const actor = (user: RestUser) =>
  user.type === "Bot"
    ? { __typename: "Bot", login: user.login.replace(/\[bot\]$/, "") }
    : { __typename: "User", login: user.login };

/**
 * A repository's ledger fields as GitHub's GraphQL answers them, from issues and comments in
 * REST's shape (listedIssue, a comment list): every issue is listed, the labelled ones and
 * the open labelled ones' comments as GitHub would give them.
 */
export function ledgerFields(
  issues: readonly {
    number: number;
    title: string;
    body: string;
    html_url: string;
    state: string;
    state_reason: string | null;
    locked: boolean;
    comments: number;
    labels: { name: string }[];
    user: RestUser;
    created_at: string;
    updated_at: string;
  }[],
  comments: Record<number, { id: number; body: string; user: RestUser; created_at: string }[]> = {},
) {
  const labelled = issues.filter((issue) =>
    issue.labels.some((label) => label.name === "checkpoint"),
  );
  return {
    issues: {
      pageInfo: { hasNextPage: false },
      nodes: issues.map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        url: issue.html_url,
        state: issue.state.toUpperCase(),
        stateReason: issue.state_reason?.toUpperCase() ?? null,
        locked: issue.locked,
        createdAt: issue.created_at,
        updatedAt: issue.updated_at,
        author: actor(issue.user),
        comments: { totalCount: issue.comments },
      })),
    },
    labelled: { nodes: labelled.map((issue) => ({ number: issue.number })) },
    talk: {
      nodes: labelled
        .filter((issue) => issue.state === "open")
        .map((issue) => {
          const listed = comments[issue.number] ?? [];
          return {
            number: issue.number,
            comments: {
              totalCount: issue.comments,
              nodes: listed.map((comment) => ({
                url: `${issue.html_url}#issuecomment-${comment.id}`,
                body: comment.body,
                createdAt: comment.created_at,
                updatedAt: comment.created_at,
                author: actor(comment.user),
              })),
            },
          };
        }),
    },
  };
}
