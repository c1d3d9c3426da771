import type { RepoState } from "./state.js";

/*
 * A repository's issues as GitHub's GraphQL answers the ledger's fields (LEDGER_FIELDS):
 * the newest hundred by anyone, the labelled ones' numbers, and the open labelled ones with
 * their comments. An app's bot is a `Bot` whose login lacks the `[bot]` REST gives it.
 */

const author = (user: { login: string; type: string }) =>
  user.type === "Bot"
    ? { __typename: "Bot", login: user.login.replace(/\[bot\]$/, "") }
    : { __typename: "User", login: user.login };

/** LEDGER_FIELDS answered from `repo`, as the stand-in holds it now. */
export function ledgerAnswer(repo: RepoState) {
  const newest = [...repo.issues].sort((a, b) => b.number - a.number);
  const labelled = newest.filter((issue) => issue.labels.includes("checkpoint"));
  return {
    issues: {
      pageInfo: { hasNextPage: newest.length > 100 },
      nodes: newest.slice(0, 100).map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`,
        state: issue.state === "open" ? "OPEN" : "CLOSED",
        stateReason: issue.state_reason === null ? null : issue.state_reason.toUpperCase(),
        locked: issue.locked === true,
        createdAt: issue.created_at,
        updatedAt: issue.created_at,
        author: author(issue.user),
        comments: { totalCount: issue.comments.length },
      })),
    },
    labelled: { nodes: labelled.slice(0, 100).map((issue) => ({ number: issue.number })) },
    talk: {
      nodes: labelled
        .filter((issue) => issue.state === "open")
        .slice(0, 20)
        .map((issue) => ({
          number: issue.number,
          comments: {
            totalCount: issue.comments.length,
            nodes: issue.comments.slice(0, 100).map((comment) => ({
              url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${comment.id}`,
              body: comment.body,
              createdAt: comment.created_at,
              updatedAt: comment.updated_at ?? comment.created_at,
              author: author(comment.user),
            })),
          },
        })),
    },
  };
}
