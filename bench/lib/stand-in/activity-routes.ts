import { README_CANDIDATES } from "../../../src/domain/head-snapshot.js";
import { defaultBranchOf, tipOf } from "../../../test/helpers/branches.js";
import type { BenchRepo } from "../world/index.js";
import { tokenOf } from "./discovery-routes.js";
import { notFound, type Call, type Route } from "./router.js";
import { inRepo, repoKey, type Body, type StandInState } from "./state.js";

/*
 * What the GitHub activity source asks: one GraphQL query per repository and one compare
 * per line of work. The world's weeks never need a second page, so only the first query
 * of each repository has answers.
 */

const README =
  "# Project\n\n## Setup\n\n    pip install -r requirements.txt\n\n## Run\n\n    python manage.py runserver\n";

function activityAnswer(repo: BenchRepo) {
  const readmes = Object.fromEntries(
    README_CANDIDATES.map((_, i) => [`readme${i}`, i === 0 ? { text: README } : null]),
  );
  return {
    repository: {
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
    },
  };
}

/** The histories of the branches whose tips `$tip0`, `$tip1` … name. */
function movedHistories(repo: BenchRepo, body: unknown) {
  const variables = (body as { variables?: Body } | undefined)?.variables ?? {};
  const answers = Object.entries(variables)
    .filter(([name]) => name.startsWith("tip"))
    .map(([name, oid]) => {
      const branch = repo.branches.find((candidate) => candidate.target.oid === oid);
      return [`branch${name.slice(3)}`, branch ? { history: branch.target.history } : null];
    });
  return { repository: Object.fromEntries(answers) };
}

/**
 * The files one query asks for in many repositories (`query CheckpointFiles`): each alias
 * `r<i>` answers `$o<i>/$n<i>`, its fields `f<j>` the query's j-th `HEAD:<path>` with the
 * file's text, or null where it has none. A repository the caller cannot see is null and
 * named in a NOT_FOUND error, as GitHub answers.
 */
function filesAnswer(state: StandInState, call: Call, query: string) {
  const variables = ((call.body as { variables?: Body } | undefined)?.variables ?? {}) as Body;
  const paths = [...new Set([...query.matchAll(/HEAD:([^"]+)"/g)].map((match) => match[1] ?? ""))];
  const caller = state.tokens.get(tokenOf(call.headers.authorization) ?? "");
  const data: Record<string, unknown> = {};
  const errors: { type: string; path: string[]; message: string }[] = [];
  for (let i = 0; `o${i}` in variables; i++) {
    const repo = state.repos.get(repoKey(String(variables[`o${i}`]), String(variables[`n${i}`])));
    if (!repo || repo.learner !== caller) {
      data[`r${i}`] = null;
      errors.push({
        type: "NOT_FOUND",
        path: [`r${i}`],
        message: "Could not resolve to a Repository",
      });
      continue;
    }
    data[`r${i}`] = Object.fromEntries(
      paths.map((path, j) => {
        const text = repo.files[path];
        return [`f${j}`, text === undefined ? null : { text }];
      }),
    );
  }
  return { status: 200, body: errors.length > 0 ? { data, errors } : { data } };
}

/** The owner and name a GraphQL request asks about, from its variables. */
export function graphqlRepo(body: unknown): { owner: string; name: string } | undefined {
  const variables = (body as { variables?: Body } | undefined)?.variables;
  return typeof variables?.owner === "string" && typeof variables.name === "string"
    ? { owner: variables.owner, name: variables.name }
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
        const code = asked && state.repos.get(repoKey(asked.owner, asked.name))?.code;
        if (code && query.includes("query CheckpointBranchHistories")) {
          return { status: 200, body: { data: movedHistories(code, body) } };
        }
        if (!code || !query.includes("query CheckpointActivity")) {
          const what = asked ? `${asked.owner}/${asked.name}` : "this query";
          return {
            status: 200,
            body: { errors: [{ type: "NOT_FOUND", message: `no answer for ${what}` }] },
          };
        }
        return { status: 200, body: { data: activityAnswer(code) } };
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
