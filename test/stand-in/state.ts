import { randomBytes, type KeyObject } from "node:crypto";
import { APP_LOGIN, type BenchLearner, type BenchRepo } from "./world/index.js";
import { notFound, type Call, type Reply } from "./router.js";

/*
 * What the stand-in's GitHub holds: the world's repositories, and the issues, comments and
 * labels that change as Checkpoint writes.
 */

interface CommentState {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  /** Set when the comment is edited. */
  updated_at?: string;
}

export interface IssueState {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  created_at: string;
  user: { login: string; type: string };
  comments: CommentState[];
  /** A locked conversation: GitHub refuses the app's comments with 403. */
  locked?: boolean;
}

export interface RepoState {
  owner: string;
  name: string;
  learner: BenchLearner;
  /** Files by path: the home's are the world's own object, so a test may change them. */
  files: Record<string, string>;
  /** The activity answers of a code repository; none for a home. */
  code?: BenchRepo;
  issues: IssueState[];
  labels: Set<string>;
}

export interface StandInState {
  learners: BenchLearner[];
  byInstallation: Map<number, BenchLearner>;
  /** Installation tokens handed out, to the learner whose installation they open. */
  tokens: Map<string, BenchLearner>;
  /** Repositories by "owner/name", lowercased. */
  repos: Map<string, RepoState>;
  nextCommentId: number;
  /** Answers to give instead of the real one, for tests of failed writes. */
  faults: Fault[];
  /** When GitHub says a new issue or comment was created; a test may set the stand-in's clock. */
  now: () => Date;
  /** The app's webhook settings and its recent deliveries, as `GET /app/hook/…` answer them. */
  hook: { url: string; deliveries: HookDelivery[] };
  /** When set, the app's JWTs must be signed by this private key's pair (else 401, as GitHub). */
  appKey?: KeyObject;
}

interface HookDelivery {
  id: number;
  event: string;
  status_code: number;
  delivered_at: string;
}

/** The next `times` requests to `route` (e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`) answer `status`. */
interface Fault {
  route: string;
  status: number;
  times: number;
}

export const repoKey = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();

/** The state of a freshly generated world: each home's open issues, labelled "checkpoint". */
export function initialState(world: BenchLearner[]): StandInState {
  const repos = new Map<string, RepoState>();
  let nextCommentId = 1;
  for (const learner of world) {
    const bot = { login: APP_LOGIN, type: "Bot" };
    repos.set(repoKey(learner.login, learner.home.name), {
      owner: learner.login,
      name: learner.home.name,
      learner,
      files: learner.home.files,
      issues: learner.home.issues.map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: "open",
        state_reason: null,
        labels: ["checkpoint"],
        created_at: issue.createdAt,
        user: bot,
        comments: issue.comments.map((comment) => ({
          id: nextCommentId++,
          body: comment.body,
          user: { login: comment.login, type: comment.type },
          created_at: comment.createdAt,
        })),
      })),
      labels: new Set(learner.home.issues.length > 0 ? ["checkpoint"] : []),
    });
    for (const code of learner.repos) {
      repos.set(repoKey(code.owner, code.name), {
        owner: code.owner,
        name: code.name,
        learner,
        files: {},
        code,
        issues: [],
        labels: new Set(),
      });
    }
  }
  return {
    learners: world,
    byInstallation: new Map(world.map((learner) => [learner.installationId, learner])),
    tokens: new Map(),
    repos,
    nextCommentId,
    faults: [],
    now: () => new Date(),
    hook: { url: "https://checkpoint.example.org/api/github/webhooks", deliveries: [] },
  };
}

/** A new installation token for `learner`'s installation. */
export function newToken(state: StandInState, learner: BenchLearner): string {
  const token = `ghs_${randomBytes(18).toString("hex")}`;
  state.tokens.set(token, learner);
  return token;
}

/** The repositories of one learner's installation, home first. */
export function reposOf(state: StandInState, learner: BenchLearner): RepoState[] {
  return [...state.repos.values()].filter((repo) => repo.learner === learner);
}

/** A request's JSON body, as routes read it. */
export type Body = Record<string, unknown>;

/** An answer about the call's `{owner}/{repo}`, or 404 when there is no such repository. */
export function inRepo(
  state: StandInState,
  answer: (repo: RepoState, call: Call, body: Body) => Reply,
): (call: Call) => Reply {
  return (call) => {
    const repo = state.repos.get(repoKey(call.params.owner ?? "", call.params.repo ?? ""));
    return repo ? answer(repo, call, (call.body ?? {}) as Body) : notFound;
  };
}
