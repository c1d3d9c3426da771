import { z } from "zod";
import { LIVE_URLS_KEPT } from "./live-urls.js";

const count = z.number().int().min(0);

/** How many example paths a kind of code evidence keeps: enough to point at, small enough for a marker. */
export const EXAMPLE_PATHS = 3;

/** Added lines of one kind (database, authentication…) in the week's changed files. */
const codeEvidenceSchema = z.object({
  /** Files whose added lines show it. */
  files: count,
  /** Up to `EXAMPLE_PATHS` of those files' paths, in the order the repositories list them. */
  examples: z.array(z.string()).max(EXAMPLE_PATHS),
});

/** A kind of file changed this week, and how many such files the repositories hold at HEAD. */
const fileCountsSchema = z.object({ changed: count, atHead: count });

/**
 * What the goal rules need to know about a week beyond its `WeeklyFigures` (which already
 * hold commits, active days, test files, new test cases and docs changes). Plain JSON, so it
 * travels in the weekly issue's marker as `facts` and the reviews judge from markers alone.
 */
const goalFactsSchema = z.object({
  /** Whether any repository's README at HEAD says how to set up, run and test a project. */
  readme: z.object({ setup: z.boolean(), run: z.boolean(), test: z.boolean() }),
  /** `models.py` modules and `models/` files changed. */
  models: count,
  /** Django migrations changed. */
  migrations: count,
  /** CI workflows of any provider (see classify-paths' isWorkflow). */
  workflows: fileCountsSchema,
  /** Deployment files (Procfile, Dockerfile, render.yaml…, deploy workflows). */
  deployment: fileCountsSchema,
  /**
   * What shows a project running on a live server, at HEAD: deploy workflows, and live
   * addresses in the READMEs (see `liveUrls`). Absent in weeks measured before it was kept.
   */
  live: z
    .object({ deployWorkflows: count, urls: z.array(z.string()).max(LIVE_URLS_KEPT) })
    .optional(),
  /** The learner's pull requests opened and merged in the week. */
  pulls: z.object({ opened: count, merged: count }),
  /** Reviews the learner submitted in the week. */
  reviewsGiven: count,
  /** Non-merge commits whose message is vague (`VAGUE_MESSAGE_RULE`). */
  vagueMessages: count,
  /** Repositories ("owner/name") with at least one commit of the learner's in the week. */
  activeRepos: z.array(z.string()),
  /** Repositories the week shows to be Django projects (see `isDjangoProject`). */
  djangoProjects: z.array(z.string()),
  /** Added lines that show backend skills at work (see `CODE_EVIDENCE`). */
  code: z.object({
    database: codeEvidenceSchema,
    auth: codeEvidenceSchema,
    crud: codeEvidenceSchema,
    http: codeEvidenceSchema,
    middleware: codeEvidenceSchema,
  }),
});

export type GoalFacts = z.infer<typeof goalFactsSchema>;
export type CodeEvidence = z.infer<typeof codeEvidenceSchema>;
/** The kinds of code evidence: "database", "auth", "crud", "http", "middleware". */
export type CodeEvidenceKind = keyof GoalFacts["code"];

/** The goal facts a weekly issue's marker carries as `facts`; undefined when it carries none we can read. */
export function goalFactsFromMarker(facts: unknown): GoalFacts | undefined {
  const parsed = goalFactsSchema.safeParse(facts);
  return parsed.success ? parsed.data : undefined;
}
