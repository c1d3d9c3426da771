import { describe, expect, it } from "vitest";
import { ledgerListing, type LedgerAnswer } from "../../src/github/ledger-query.js";

const BOT = "checkpoint[bot]";
const app = { __typename: "Bot", login: "checkpoint" };
const learner = { __typename: "User", login: "ada" };

function issue(number: number, author: { __typename: string; login: string } | null, extra = {}) {
  return {
    number,
    title: `Week ${number}`,
    body: "",
    url: `https://github.com/ada/home/issues/${number}`,
    state: "OPEN" as const,
    stateReason: null,
    locked: false,
    createdAt: "2025-11-24T08:00:05Z",
    updatedAt: "2025-11-25T08:00:05Z",
    author,
    comments: { totalCount: 0 },
    ...extra,
  };
}

/** A comment whose REST id is `id` (none: an address without one). */
function comment(id: number | null, author: { __typename: string; login: string }) {
  return {
    url: `https://github.com/ada/home/issues/1${id === null ? "" : `#issuecomment-${id}`}`,
    body: `comment ${id}`,
    createdAt: "2025-11-24T09:00:00Z",
    updatedAt: "2025-11-24T09:00:00Z",
    author,
  };
}

function answer(parts: Partial<LedgerAnswer>): LedgerAnswer {
  return {
    issues: { pageInfo: { hasNextPage: false }, nodes: [] },
    labelled: { nodes: [] },
    talk: { nodes: [] },
    ...parts,
  };
}

describe("the ledger read with the installation's files", () => {
  it("believes only the app's bot: not a person of its name, nor another app, nor a ghost", () => {
    const listing = ledgerListing(
      answer({
        issues: {
          pageInfo: { hasNextPage: false },
          nodes: [
            issue(5, app),
            issue(4, { __typename: "User", login: "checkpoint" }),
            issue(3, { __typename: "Bot", login: "renovate" }),
            issue(2, null),
            issue(1, { __typename: "Bot", login: "Checkpoint" }),
          ],
        },
      }),
      BOT,
    );
    expect(listing?.issues.map((record) => record.number)).toEqual([5, 1]);
  });

  it("reads an issue as REST lists it: state, reason, label, comment count", () => {
    const listing = ledgerListing(
      answer({
        issues: {
          pageInfo: { hasNextPage: false },
          nodes: [
            issue(7, app, { state: "CLOSED", stateReason: "NOT_PLANNED", locked: true }),
            issue(8, app, { comments: { totalCount: 3 } }),
          ],
        },
        labelled: { nodes: [{ number: 8 }] },
      }),
      BOT,
    );
    expect(listing?.issues).toEqual([
      {
        number: 7,
        title: "Week 7",
        body: "",
        url: "https://github.com/ada/home/issues/7",
        state: "closed",
        stateReason: "not_planned",
        comments: 0,
        locked: true,
        labels: [],
        createdAt: "2025-11-24T08:00:05Z",
        updatedAt: "2025-11-25T08:00:05Z",
      },
      expect.objectContaining({ number: 8, state: "open", comments: 3, labels: ["checkpoint"] }),
    ]);
  });

  it("keeps the comments of the bot's issues read whole, the bot named as REST names it", () => {
    const listing = ledgerListing(
      answer({
        issues: {
          pageInfo: { hasNextPage: false },
          nodes: [issue(1, app), issue(2, app), issue(3, learner), issue(4, app)],
        },
        talk: {
          nodes: [
            // Ids past 32 bits, as github.com's are now.
            {
              number: 1,
              comments: {
                totalCount: 2,
                nodes: [comment(2250077004, app), comment(2250077005, learner)],
              },
            },
            // More comments than came: listed by REST when asked for.
            { number: 2, comments: { totalCount: 101, nodes: [comment(21, learner)] } },
            // Not the bot's issue.
            { number: 3, comments: { totalCount: 1, nodes: [comment(31, learner)] } },
            // A comment whose address names no REST id: listed by REST.
            { number: 4, comments: { totalCount: 1, nodes: [comment(null, learner)] } },
          ],
        },
      }),
      BOT,
    );
    expect([...(listing?.comments.keys() ?? [])]).toEqual([1]);
    expect(listing?.comments.get(1)).toEqual([
      {
        id: 2250077004,
        body: "comment 2250077004",
        authorLogin: "checkpoint[bot]",
        authorType: "Bot",
        createdAt: "2025-11-24T09:00:00Z",
        updatedAt: "2025-11-24T09:00:00Z",
      },
      expect.objectContaining({ id: 2250077005, authorLogin: "ada", authorType: "User" }),
    ]);
  });

  it("passes over items GitHub could not give (null in a connection's list)", () => {
    const listing = ledgerListing(
      answer({
        issues: { pageInfo: { hasNextPage: false }, nodes: [null, issue(1, app)] },
        labelled: { nodes: [null, { number: 1 }] },
        talk: { nodes: [null, { number: 1, comments: { totalCount: 0, nodes: [] } }] },
      }),
      BOT,
    );
    expect(listing?.issues.map((record) => [record.number, record.labels])).toEqual([
      [1, ["checkpoint"]],
    ]);
    expect(listing?.comments.get(1)).toEqual([]);
  });

  it("cannot stand for the ledger of a repository with more issues than a page, or a part missing", () => {
    const busy = answer({
      issues: { pageInfo: { hasNextPage: true }, nodes: [issue(200, app)] },
    });
    expect(ledgerListing(busy, BOT)).toBeUndefined();
    expect(ledgerListing({ issues: null, labelled: null, talk: null }, BOT)).toBeUndefined();
    expect(ledgerListing(answer({}), BOT)).toEqual({ issues: [], comments: new Map() });
  });
});
