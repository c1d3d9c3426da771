import { tempRepo, writtenOnce, type TempRepo } from "./temp-repo.js";

/*
 * One week of a learner's repository, written as real git history. The local git tests read
 * it from disk; the GitHub tests describe the same history in hand-written API answers.
 *
 *   main:     root ── c2 ─────────── g ── merge ── c6 ── bot
 *   feature:          └── f1 ── f2 ──────┘
 *
 * root (Nov 10, before the week): README.md, app.py, notes.txt.
 * c2  (Nov 18 09:00, Ada's work e-mail): app.py +1 line.
 * f1  (Nov 18 10:00, Ada): adds tests/test_app.py, 2 lines.
 * f2  (Nov 19 10:00, Ada's no-reply address): notes.txt → docs/notes.md, +1 line.
 * g   (Nov 19 12:00, Grace, a collaborator): adds CONTRIBUTING.md.
 * merge (Nov 20 09:00, Ada): feature into main, no fast-forward.
 * c6  (Nov 21 09:00, Ada): adds Procfile (1 line) and .github/workflows/ci.yml (2 lines).
 * bot (Nov 21 12:00, dependabot): adds requirements.txt.
 */

export const learner = { login: "ada", emails: ["ada@home.example", "ada@work.example"] };
export const window = { start: "2025-11-17T00:00:00Z", end: "2025-11-24T00:00:00Z" };

/** The same week, measured in UTC: Monday Nov 17 to Sunday Nov 23. */
export const WEEK_IN_UTC = {
  interval: window,
  timezone: "UTC",
  days: [
    "2025-11-17",
    "2025-11-18",
    "2025-11-19",
    "2025-11-20",
    "2025-11-21",
    "2025-11-22",
    "2025-11-23",
  ],
};
export const lookbackStart = "2025-11-03T00:00:00Z";

export const ADA = { email: "ada@home.example", name: "Ada" };
export const ADA_WORK = { email: "ada@work.example", name: "Ada" };
export const ADA_NOREPLY = { email: "1234+ada@users.noreply.github.com", name: "Ada" };
export const GRACE = { email: "grace@example.com", name: "Grace" };
export const BOT = {
  email: "49699333+dependabot[bot]@users.noreply.github.com",
  name: "dependabot[bot]",
};

export const README = "# Blog\n\nRun `python app.py`.\n";

export interface Scenario {
  repo: TempRepo;
  sha: Record<"root" | "c2" | "f1" | "f2" | "g" | "merge" | "c6" | "bot", string>;
}

/** The history above, written once per run (see writtenOnce) and copied for each caller. */
export function buildScenario(): Scenario {
  return writtenOnce("scenario", writeScenario);
}

function writeScenario(): Scenario {
  const repo = tempRepo("blog");
  const root = repo.commit({ ...ADA, at: "2025-11-10T08:00:00Z" }, "Start the blog", {
    "README.md": README,
    "app.py": "print('hi')\n",
    "notes.txt": "alpha line\nbeta line\ngamma line\n",
  });
  const c2 = repo.commit({ ...ADA_WORK, at: "2025-11-18T09:00:00Z" }, "Say goodbye too", {
    "app.py": "print('hi')\nprint('bye')\n",
  });
  repo.git(["checkout", "--quiet", "-b", "feature"]);
  const f1 = repo.commit({ ...ADA, at: "2025-11-18T10:00:00Z" }, "Test the home page", {
    "tests/test_app.py": "def test_home():\n    assert True\n",
  });
  const f2 = repo.commit({ ...ADA_NOREPLY, at: "2025-11-19T10:00:00Z" }, "Move notes to docs", {
    "notes.txt": null,
    "docs/notes.md": "alpha line\nbeta line\ngamma line\ndelta line\n",
  });
  repo.git(["checkout", "--quiet", "main"]);
  const g = repo.commit({ ...GRACE, at: "2025-11-19T12:00:00Z" }, "Add contributing guide", {
    "CONTRIBUTING.md": "Be kind.\n",
  });
  const mergeAuthor = { ...ADA, at: "2025-11-20T09:00:00Z" };
  repo.git(["merge", "--quiet", "--no-ff", "-m", "Merge feature", "feature"], mergeAuthor);
  const merge = repo.git(["rev-parse", "HEAD"]);
  const c6 = repo.commit({ ...ADA, at: "2025-11-21T09:00:00Z" }, "Deploy with a Procfile and CI", {
    Procfile: "web: python app.py\n",
    ".github/workflows/ci.yml": "on: push\njobs: {}\n",
  });
  const bot = repo.commit({ ...BOT, at: "2025-11-21T12:00:00Z" }, "Bump requirements", {
    "requirements.txt": "django==5.2\n",
  });
  return { repo, sha: { root, c2, f1, f2, g, merge, c6, bot } };
}
