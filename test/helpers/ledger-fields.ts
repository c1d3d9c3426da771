/*
 * Checkpoint's issues in a repository as GitHub's GraphQL gives them (LEDGER_FIELDS), for
 * nock answers and the stand-in alike.
 */

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
 * A repository's ledger fields (LEDGER_FIELDS) as GitHub's GraphQL answers them, from issues
 * (newest first) and comments in REST's shape (listedIssue, a comment list), in GitHub's
 * pages: the newest hundred issues, the labelled ones, and the first hundred comments of
 * the first twenty open labelled ones.
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
  comments: Record<
    number,
    { id: number; body: string; user: RestUser; created_at: string; updated_at?: string }[]
  > = {},
) {
  const labelled = issues.filter((issue) =>
    issue.labels.some((label) => label.name === "checkpoint"),
  );
  return {
    issues: {
      pageInfo: { hasNextPage: issues.length > 100 },
      nodes: issues.slice(0, 100).map((issue) => ({
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
    labelled: { nodes: labelled.slice(0, 100).map((issue) => ({ number: issue.number })) },
    talk: {
      nodes: labelled
        .filter((issue) => issue.state === "open")
        .slice(0, 20)
        .map((issue) => {
          const listed = comments[issue.number] ?? [];
          return {
            number: issue.number,
            comments: {
              totalCount: issue.comments,
              nodes: listed.slice(0, 100).map((comment) => ({
                url: `${issue.html_url}#issuecomment-${comment.id}`,
                body: comment.body,
                createdAt: comment.created_at,
                updatedAt: comment.updated_at ?? comment.created_at,
                author: actor(comment.user),
              })),
            },
          };
        }),
    },
  };
}
