import { README_CANDIDATES } from "../../src/domain/head-snapshot.js";
import { defaultBranchOf, tipOf } from "../helpers/branches.js";
import type { BenchRepo } from "./world/index.js";
import { tokenOf } from "./discovery-routes.js";
import { notFound, type Call, type Reply, type Route } from "./router.js";
import { ledgerAnswer } from "./ledger-answer.js";
import { inRepo, repoKey, type Body, type RepoState, type StandInState } from "./state.js";

/*
 * What the GitHub activity source asks: one GraphQL query for up to ten repositories, one
 * for the histories of the branches that moved in them, and one compare per line of work. The world's weeks never need a second page, so only the first query
 * of each repository has answers.
 */

const README =
  "# Project\n\n## Setup\n\n    pip install -r requirements.txt\n\n## Run\n\n    python manage.py runserver\n";

function activityAnswer(repo: BenchRepo) {
  const readmes = Object.fromEntries(
    README_CANDIDATES.map((_, i) => [`readme${i}`, i === 0 ? { text: README } : null]),
  );
  return {
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `https://github.com/${repo.owner}/${repo.name}`,
    defaultBranchRef: defaultBranchOf(repo.branches),
    ...readmes,
    root: {
      entries: ["README.md", "manage.py", "requirements.txt", "Procfile"].map((name) => ({
        name,
        type: "blob",
      })),
    },
    workflows: { entries: [{ name: "ci.yml", type: "blob" }] },
    refs: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: repo.branches.map(tipOf) },
    pullRequests: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: repo.pulls },
  };
}

/**
 * `query CheckpointBranchHistories`: in each aliased repository, the history of every
 * `branch<k>: object(oid: $tip<k>)` it holds.
 */
function movedHistories(state: StandInState, call: Call, query: string): Reply {
  const variables = ((call.body as { variables?: Body } | undefined)?.variables ?? {}) as Body;
  const asked = new Map<number, number[]>();
  for (const part of query.split(/\br(?=\d+: repository\()/).slice(1)) {
    const fields = [...part.matchAll(/branch(\d+): object\(oid: \$tip\d+\)/g)];
    asked.set(
      Number(/^\d+/.exec(part)?.[0]),
      fields.map((field) => Number(field[1])),
    );
  }
  return eachAliasedRepo(state, call, (repo, i) =>
    repo.code
      ? Object.fromEntries(
          (asked.get(i) ?? []).map((k) => {
            const branch = repo.code?.branches.find((b) => b.target.oid === variables[`tip${k}`]);
            return [`branch${k}`, branch ? { history: branch.target.history } : null];
          }),
        )
      : null,
  );
}

/**
 * The repositories a query asks about one alias each (`r<i>` for `$o<i>/$n<i>`), with the
 * caller's own resolved and any other null: GitHub answers what it can see and names the
 * rest in NOT_FOUND errors.
 */
function eachAliasedRepo(
  state: StandInState,
  call: Call,
  answer: (repo: RepoState, i: number) => unknown,
  also?: { prefix: string; answer: (repo: RepoState) => unknown },
): Reply {
  const variables = ((call.body as { variables?: Body } | undefined)?.variables ?? {}) as Body;
  const caller = state.tokens.get(tokenOf(call.headers.authorization) ?? "");
  const data: Record<string, unknown> = {};
  const errors: { type: string; path: string[]; message: string }[] = [];
  const each = (prefix: string, answerOf: (repo: RepoState, i: number) => unknown) => {
    for (let i = 0; `${prefix}o${i}` in variables; i++) {
      const owner = String(variables[`${prefix}o${i}`]);
      const repo = state.repos.get(repoKey(owner, String(variables[`${prefix}n${i}`])));
      const answered = repo && repo.learner === caller ? answerOf(repo, i) : null;
      const alias = `${prefix || "r"}${i}`;
      data[alias] = answered;
      if (answered === null) {
        errors.push({
          type: "NOT_FOUND",
          path: [alias],
          message: "Could not resolve to a Repository",
        });
      }
    }
  };
  each("", answer);
  if (also) each(also.prefix, also.answer);
  return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
}

/**
 * `query CheckpointFiles`: field `f<j>` of each repository is the query's j-th `HEAD:<path>`;
 * with the ledger's fields, its issues too (see ledgerAnswer); `w<i>` are weeks asked early.
 */
function filesAnswer(state: StandInState, call: Call, query: string): Reply {
  const paths = [...new Set([...query.matchAll(/HEAD:([^"]+)"/g)].map((match) => match[1] ?? ""))];
  const withLedger = query.includes("labelled: issues(");
  return eachAliasedRepo(
    state,
    call,
    (repo) => ({
      ...Object.fromEntries(
        paths.map((path, j) => {
          const text = repo.files[path];
          return [`f${j}`, text === undefined ? null : { text }];
        }),
      ),
      ...(withLedger ? ledgerAnswer(repo) : {}),
    }),
    { prefix: "w", answer: (repo) => (repo.code ? activityAnswer(repo.code) : null) },
  );
}

/**
 * The owner and name a GraphQL request asks about, from its variables: `$owner/$name`, or the
 * one aliased repository `$o0/$n0` of a query that asks about just one.
 */
export function graphqlRepo(body: unknown): { owner: string; name: string } | undefined {
  const variables = (body as { variables?: Body } | undefined)?.variables;
  if (typeof variables?.owner === "string" && typeof variables.name === "string") {
    return { owner: variables.owner, name: variables.name };
  }
  return typeof variables?.o0 === "string" &&
    typeof variables.n0 === "string" &&
    !("o1" in variables)
    ? { owner: variables.o0, name: variables.n0 }
    : undefined;
}

/** The routes of the activity source, answered from each code repository's week. */
export function activityRoutes(state: StandInState): Route[] {
  return [
    {
      method: "POST",
      template: "/graphql",
      category: "activity",
      answer: (call) => {
        const { body } = call;
        const asked = graphqlRepo(body);
        const query = String((body as Body | undefined)?.query ?? "");
        if (query.startsWith("query CheckpointFiles")) return filesAnswer(state, call, query);
        if (query.includes("query CheckpointActivity")) {
          return eachAliasedRepo(state, call, (repo) =>
            repo.code ? activityAnswer(repo.code) : null,
          );
        }
        if (query.includes("query CheckpointBranchHistories")) {
          return movedHistories(state, call, query);
        }
        const what = asked ? `${asked.owner}/${asked.name}` : "this query";
        return {
          status: 200,
          body: { errors: [{ type: "NOT_FOUND", message: `no answer for ${what}` }] },
        };
      },
    },
    {
      method: "GET",
      template: "/repos/{owner}/{repo}/compare/{basehead}",
      category: "activity",
      answer: inRepo(state, (repo, call) => {
        const files = repo.code?.compares.get(call.params.basehead ?? "");
        return files ? { status: 200, body: { files } } : notFound;
      }),
    },
  ];
}
