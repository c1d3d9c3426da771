import type { IssueState, StandInState } from "../state.js";
import { commentPayload } from "../../helpers/comment-payload.js";
import { webhookExample } from "../../helpers/webhooks.js";
import { APP_LOGIN } from "./home.js";
import type { BenchLearner } from "./index.js";

/*
 * What a learner does on GitHub between passes, made in the stand-in's state, and the
 * webhook delivery GitHub then sends (from GitHub's own example payload).
 */

/** The learner writes a comment on their week 7 issue (#1 of their home); the stand-in keeps it. */
export function learnerComments(
  state: StandInState,
  learner: BenchLearner,
  body: string,
): { issue: IssueState; comment: { id: number; body: string } } {
  const issue = state.repos.get(`${learner.login}/${learner.home.name}`)?.issues[0];
  if (!issue) throw new Error(`${learner.login} has no week 7 issue`);
  const comment = {
    id: state.nextCommentId++,
    body,
    user: { login: learner.login, type: "User" },
    created_at: "2025-11-20T11:59:00Z",
  };
  issue.comments.push(comment);
  return { issue, comment };
}

/** The issue_comment.created delivery for that comment. */
export function commentDelivery(
  learner: BenchLearner,
  issue: IssueState,
  comment: { id: number; body: string },
) {
  const repo = learner.home.name;
  const payload = commentPayload("created", comment.body);
  Object.assign(payload, { installation: { id: learner.installationId } });
  Object.assign(payload.repository, {
    name: repo,
    full_name: `${learner.login}/${repo}`,
    html_url: `https://github.com/${learner.login}/${repo}`,
    default_branch: "main",
  });
  Object.assign(payload.repository.owner, { login: learner.login });
  Object.assign(payload.issue, { number: issue.number, user: { login: APP_LOGIN, type: "Bot" } });
  Object.assign(payload.comment, { id: comment.id });
  Object.assign(payload.comment.user, { login: learner.login, type: "User" });
  Object.assign(payload.sender, { login: learner.login, type: "User" });
  return {
    id: `delivery-${comment.id}`,
    name: "issue_comment" as const,
    payload: payload as never,
  };
}

/**
 * A push that changes `.github/checkpoint.yml`, from GitHub's example: to the learner's home,
 * or to another of their repositories named `repo`.
 */
export function configPushDelivery(learner: BenchLearner, id: string, repo = learner.home.name) {
  const payload = webhookExample<Record<string, never>>(
    "push",
    (p) => p.ref === "refs/heads/master" && "installation" in p,
  ) as unknown as {
    ref: string;
    installation: { id: number };
    repository: Record<string, unknown> & { owner: Record<string, unknown> };
    commits: { modified: string[] }[];
  };
  payload.ref = "refs/heads/main";
  payload.installation = { id: learner.installationId };
  Object.assign(payload.repository, {
    name: repo,
    full_name: `${learner.login}/${repo}`,
    html_url: `https://github.com/${learner.login}/${repo}`,
    default_branch: "main",
  });
  Object.assign(payload.repository.owner, { login: learner.login, name: learner.login });
  payload.commits[0]?.modified.push(".github/checkpoint.yml");
  return { id, name: "push" as const, payload: payload as never };
}
