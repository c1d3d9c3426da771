import { isWorkflow } from "./measures/classify-paths.js";

/*
 * What both activity sources read at the head of the default branch, listed once so the
 * GitHub source and the local git source pick the same README and the same paths.
 */

/** README names in the order a source tries them; the first present wins. */
export const README_CANDIDATES = [
  "README.md",
  "readme.md",
  "Readme.md",
  "README.rst",
  "README.txt",
  "README",
] as const;

/** The folder whose every file is a GitHub Actions workflow. */
export const WORKFLOWS_DIR = ".github/workflows";
/** Folders that hold other CI providers' configuration (CircleCI, Woodpecker). */
export const CI_DIRS = [".circleci", ".woodpecker"] as const;

// Deployment files and dependency manifests, matched against root-level file names.
const ROOT_FILES = [
  // A Django project is known by its manage.py, even in a week that touches no Python.
  /^manage\.py$/,
  /^Procfile$/,
  /^Dockerfile$/,
  /^docker-compose.*\.ya?ml$/,
  /^compose\.ya?ml$/,
  /^render\.yaml$/,
  /^fly\.toml$/,
  /^app\.json$/,
  /^vercel\.json$/,
  /^netlify\.toml$/,
  /^railway\..+$/,
  /^runtime\.txt$/,
  /^requirements\.txt$/,
  /^pyproject\.toml$/,
  /^Pipfile$/,
  /^package\.json$/,
  // CI configuration kept at the root (isWorkflow says which provider reads what).
  /^\.(?:gitlab-ci|travis|drone|woodpecker)\.ya?ml$/,
  /^(?:azure|bitbucket)-pipelines\.ya?ml$/,
  /^Jenkinsfile$/,
];

/**
 * The paths at HEAD that matter to measures, from the names of the files at the root, in
 * `.github/workflows` and in the CI_DIRS: every workflow, the other providers' CI files, and
 * the root files that deploy or declare the app.
 */
export function snapshotPaths(
  rootFiles: string[],
  workflowFiles: string[],
  ciDirFiles: Partial<Record<(typeof CI_DIRS)[number], string[]>> = {},
): string[] {
  const inCiDirs = CI_DIRS.flatMap((dir) =>
    (ciDirFiles[dir] ?? []).map((name) => `${dir}/${name}`).filter(isWorkflow),
  );
  return [
    ...rootFiles.filter((name) => ROOT_FILES.some((pattern) => pattern.test(name))),
    ...workflowFiles.map((name) => `${WORKFLOWS_DIR}/${name}`),
    ...inCiDirs,
  ].sort();
}
