import { notFound, page, type Route } from "./router.js";
import { inRepo, newToken, reposOf, type RepoState, type StandInState } from "./state.js";

/*
 * How a scheduled run finds its learners: the app's installations, their access tokens,
 * the repositories each installation can see, and the config file that marks a home.
 * The stand-in's server checks who may call which.
 */

const HOUR_MS = 3_600_000;

function repositoryJson(repo: RepoState) {
  return {
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: { login: repo.owner, type: "User" },
    private: true,
    archived: false,
    default_branch: "main",
    html_url: `https://github.com/${repo.owner}/${repo.name}`,
  };
}

/** The routes a scheduled run starts with, before it knows any learner. */
export function discoveryRoutes(state: StandInState): Route[] {
  return [
    {
      method: "GET",
      template: "/app",
      category: "discovery",
      // Who the app is: a worker that has not listed installations yet asks this.
      answer: () => ({ status: 200, body: { id: 1, slug: "checkpoint", name: "Checkpoint" } }),
    },
    {
      method: "GET",
      template: "/app/hook/config",
      category: "discovery",
      answer: () => ({
        status: 200,
        body: { url: state.hook.url, content_type: "json", insecure_ssl: "0" },
      }),
    },
    {
      method: "GET",
      template: "/app/hook/deliveries",
      category: "discovery",
      answer: () => ({
        status: 200,
        body: state.hook.deliveries.map((delivery) => ({
          ...delivery,
          guid: `guid-${delivery.id}`,
          redelivery: false,
          duration: 0.1,
          status: delivery.status_code >= 200 && delivery.status_code < 300 ? "OK" : "failed",
          action: null,
          installation_id: null,
          repository_id: null,
        })),
      }),
    },
    {
      method: "GET",
      template: "/app/installations",
      category: "discovery",
      answer: (call) =>
        page(
          state.learners.map((learner) => ({
            id: learner.installationId,
            app_slug: "checkpoint",
            account: { login: learner.login, type: "User" },
            target_type: "User",
            repository_selection: "all",
          })),
          call,
        ),
    },
    {
      method: "POST",
      template: "/app/installations/{installation_id}/access_tokens",
      category: "discovery",
      answer: ({ params }) => {
        const learner = state.byInstallation.get(Number(params.installation_id));
        if (!learner) return notFound;
        const token = newToken(state, learner);
        // Real time: Octokit's auth checks the expiry against the real clock.
        const expires = new Date(Date.now() + HOUR_MS).toISOString();
        return { status: 201, body: { token, expires_at: expires, repository_selection: "all" } };
      },
    },
    {
      method: "GET",
      template: "/installation/repositories",
      category: "discovery",
      answer: (call) => {
        const learner = state.tokens.get(tokenOf(call.headers.authorization) ?? "");
        if (!learner) return notFound;
        const all = reposOf(state, learner).map(repositoryJson);
        const listed = page(all, call);
        return { ...listed, body: { total_count: all.length, repositories: listed.body } };
      },
    },
    {
      method: "GET",
      template: "/repos/{owner}/{repo}/contents/{path}",
      category: "discovery",
      answer: inRepo(state, (repo, call) => {
        const text = repo.files[call.params.path ?? ""];
        if (text === undefined) return notFound;
        if (/raw/.test(String(call.headers.accept))) {
          return { status: 200, body: text, headers: { "content-type": "text/plain" } };
        }
        const content = Buffer.from(text).toString("base64");
        return { status: 200, body: { type: "file", encoding: "base64", content } };
      }),
    },
  ];
}

/** The installation token of an `authorization: token …` header. */
export function tokenOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return /^token (\S+)$/i.exec(value ?? "")?.[1];
}
