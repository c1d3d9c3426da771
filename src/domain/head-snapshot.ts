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

/** The folder whose every file is a CI workflow. */
export const WORKFLOWS_DIR = ".github/workflows";

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
];

/**
 * The paths at HEAD that matter to measures, from the names of the files at the root and
 * in `.github/workflows`: every workflow, and the root files that deploy or declare the app.
 */
export function snapshotPaths(rootFiles: string[], workflowFiles: string[]): string[] {
  return [
    ...rootFiles.filter((name) => ROOT_FILES.some((pattern) => pattern.test(name))),
    ...workflowFiles.map((name) => `${WORKFLOWS_DIR}/${name}`),
  ].sort();
}
