import { APP_LOGIN } from "./world/index.js";
import { notFound, page, type Call, type Reply, type Route } from "./router.js";
import { inRepo, type Body, type IssueState, type RepoState, type StandInState } from "./state.js";

/*
 * Checkpoint's issues, comments and labels in a repository. Every write is kept, so later
 * listings show it.
 */

const BOT = { login: APP_LOGIN, type: "Bot" };

/** An issue as `GET /repos/{owner}/{repo}/issues` lists it. */
export function issueJson(repo: RepoState, issue: IssueState) {
  const { comments, labels, ...rest } = issue;
  return {
    ...rest,
    comments: comments.length,
    locked: issue.locked === true,
    updated_at: issue.created_at,
    labels: labels.map((name) => ({ name })),
    html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`,
  };
}

function commentIn(repo: RepoState, id: number) {
  for (const issue of repo.issues) {
    const found = issue.comments.find((comment) => comment.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The routes of issues, their comments and labels, over the state they change. */
export function issueRoutes(state: StandInState): Route[] {
  const onIssue = (answer: (repo: RepoState, issue: IssueState, call: Call, body: Body) => Reply) =>
    inRepo(state, (repo, call, body) => {
      const issue = repo.issues.find((one) => one.number === Number(call.params.issue_number));
      return issue ? answer(repo, issue, call, body) : notFound;
    });

  return [
    {
      method: "GET",
      template: "/repos/{owner}/{repo}/issues",
      category: "issues",
      answer: inRepo(state, (repo, call) => {
        const wanted = call.query.get("state") ?? "open";
        const labels = (call.query.get("labels") ?? "").split(",").filter(Boolean);
        const creator = call.query.get("creator")?.toLowerCase();
        const issues = repo.issues
          .filter((issue) => wanted === "all" || issue.state === wanted)
          .filter((issue) => labels.every((label) => issue.labels.includes(label)))
          .filter((issue) => creator === undefined || issue.user.login.toLowerCase() === creator)
          .sort((a, b) => b.number - a.number)
          .map((issue) => issueJson(repo, issue));
        return page(issues, call);
      }),
    },
    {
      method: "POST",
      template: "/repos/{owner}/{repo}/issues",
      category: "issues",
      answer: inRepo(state, (repo, _call, body) => {
        const issue: IssueState = {
          number: Math.max(0, ...repo.issues.map((one) => one.number)) + 1,
          title: String(body.title),
          body: String(body.body ?? ""),
          state: "open",
          state_reason: null,
          labels: ((body.labels ?? []) as string[]).map(String),
          created_at: state.now().toISOString(),
          user: BOT,
          comments: [],
        };
        repo.issues.push(issue);
        return { status: 201, body: issueJson(repo, issue) };
      }),
    },
    {
      method: "PATCH",
      template: "/repos/{owner}/{repo}/issues/{issue_number}",
      category: "issues",
      answer: onIssue((repo, issue, _call, body) => {
        if (body.state === "open" || body.state === "closed") issue.state = body.state;
        if ("state_reason" in body) issue.state_reason = (body.state_reason as string) ?? null;
        if (typeof body.title === "string") issue.title = body.title;
        if (typeof body.body === "string") issue.body = body.body;
        return { status: 200, body: issueJson(repo, issue) };
      }),
    },
    {
      method: "GET",
      template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      category: "issues",
      answer: onIssue((_repo, issue, call) => page(issue.comments, call)),
    },
    {
      method: "POST",
      template: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      category: "issues",
      answer: onIssue((_repo, issue, _call, body) => {
        if (issue.locked) {
          return {
            status: 403,
            body: { message: "Unable to create comment because issue is locked." },
          };
        }
        const comment = {
          id: state.nextCommentId++,
          body: String(body.body),
          user: BOT,
          created_at: state.now().toISOString(),
        };
        issue.comments.push(comment);
        return { status: 201, body: comment };
      }),
    },
    {
      method: "PATCH",
      template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
      category: "issues",
      answer: inRepo(state, (repo, call, body) => {
        const comment = commentIn(repo, Number(call.params.comment_id));
        if (!comment) return notFound;
        comment.body = String(body.body);
        comment.updated_at = state.now().toISOString();
        return { status: 200, body: comment };
      }),
    },
    {
      method: "DELETE",
      template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
      category: "issues",
      answer: inRepo(state, (repo, call) => {
        const id = Number(call.params.comment_id);
        const issue = repo.issues.find((one) => one.comments.some((c) => c.id === id));
        if (!issue) return notFound;
        issue.comments = issue.comments.filter((comment) => comment.id !== id);
        return { status: 204, body: "" };
      }),
    },
    {
      method: "POST",
      template: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
      category: "issues",
      answer: onIssue((_repo, issue, _call, body) => {
        for (const name of (body.labels ?? []) as string[]) {
          if (!issue.labels.includes(name)) issue.labels.push(name);
        }
        return { status: 200, body: issue.labels.map((name) => ({ name })) };
      }),
    },
    {
      method: "POST",
      template: "/repos/{owner}/{repo}/labels",
      category: "issues",
      answer: inRepo(state, (repo, _call, body) => {
        const name = String(body.name);
        if (repo.labels.has(name)) {
          return {
            status: 422,
            body: { message: "Validation Failed", errors: [{ code: "already_exists" }] },
          };
        }
        repo.labels.add(name);
        return { status: 201, body: { name, color: body.color, description: body.description } };
      }),
    },
  ];
}
