/**
 * Which files each measure looks at. Paths are relative to the repository root with "/"
 * separators. Names tools recognise by exact spelling (test discovery, Django) match
 * case-sensitively; README, documentation extensions and deployment files do not.
 */

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function directories(path: string): string[] {
  return path.split("/").slice(0, -1);
}

/** `test_*.py`, `*_test.py`, `tests.py`. */
const PYTHON_TEST_NAME = /^(?:test_.*|.+_test|tests)\.py$/;
/** `*.test.*`, `*.spec.*` (e.g. `App.test.tsx`, `api.spec.js`). */
const JS_TEST_NAME = /^.+\.(?:test|spec)\.[^.]+/;

/**
 * A test file: Python `test_*.py`, `*_test.py`, `tests.py`; JS/TS `*.test.*`, `*.spec.*`;
 * or anything under a `tests/` or `__tests__/` directory at any depth. A directory merely
 * starting with "test" (`test_utils/`, `test/`) does not make its files tests.
 */
export function isTestFile(path: string): boolean {
  const dirs = directories(path);
  if (dirs.includes("tests") || dirs.includes("__tests__")) return true;
  const name = baseName(path);
  return PYTHON_TEST_NAME.test(name) || JS_TEST_NAME.test(name);
}

const README_NAME = /^readme(?:\.|$)/i;

/** The project's README: a `README*` file at the repository root (README.md, README.rst, README). */
export function isRootReadme(path: string): boolean {
  return !path.includes("/") && README_NAME.test(path);
}

const DOC_EXTENSION = /\.(?:md|markdown|mdx|rst)$/i;

/**
 * Documentation other than the root README: anything under a `docs/` directory at any
 * depth, any `*.md`/`*.markdown`/`*.mdx`/`*.rst` file, and READMEs in subdirectories;
 * never a test file (a fixture under `tests/` is not documentation).
 */
export function isOtherDoc(path: string): boolean {
  if (isTestFile(path) || isRootReadme(path)) return false;
  const inDocs = directories(path).some((dir) => dir.toLowerCase() === "docs");
  const name = baseName(path);
  return inDocs || DOC_EXTENSION.test(name) || README_NAME.test(name);
}

/** A Django migration: `NNNN_*.py` directly inside a `migrations/` directory. */
export function isMigration(path: string): boolean {
  return /(?:^|\/)migrations\/\d{4}_[^/]*\.py$/.test(path);
}

/** Django models: a `models.py` module or any `.py` file in a `models/` package. */
export function isModels(path: string): boolean {
  return (
    baseName(path) === "models.py" || (directories(path).includes("models") && path.endsWith(".py"))
  );
}

/**
 * CI configuration, where each provider reads it: GitHub Actions (`.github/workflows/*.yml`,
 * the only folder GitHub reads), GitLab CI, Travis CI, CircleCI, Jenkins, Azure Pipelines,
 * Bitbucket Pipelines, Drone and Woodpecker.
 */
const CI_PATH =
  /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml)$/;

/** A CI workflow of any provider: see CI_PATH. */
export function isWorkflow(path: string): boolean {
  return CI_PATH.test(path);
}

/** Deployment files recognised at any depth (a Django app often lives in a subfolder). */
const DEPLOY_NAME =
  /^(?:procfile|(?:.+\.)?dockerfile(?:\..+)?|docker-compose[^/]*\.ya?ml|compose\.ya?ml|render\.yaml|fly\.toml|vercel\.json|netlify\.toml|railway\.(?:json|toml))$/i;
/** Names too generic to mean deployment anywhere but the root (an Expo app has its own app.json). */
const DEPLOY_ROOT_PATH = /^(?:app\.json|runtime\.txt|\.platform\/.+)$/i;

/**
 * A deployment file: Procfile, Dockerfile (and `Dockerfile.*`, `*.Dockerfile`),
 * `docker-compose*.yml`, `compose.yaml`, render.yaml, fly.toml, vercel.json, netlify.toml,
 * railway.json/toml at any depth; app.json, runtime.txt and `.platform/` at the root; and
 * deploy workflows (a workflow whose file name contains "deploy"). Files under
 * `.devcontainer/` are a development environment, not deployment.
 */
export function isDeployFile(path: string): boolean {
  if (directories(path).includes(".devcontainer")) return false;
  const deployWorkflow = isWorkflow(path) && /deploy/i.test(baseName(path));
  return deployWorkflow || DEPLOY_NAME.test(baseName(path)) || DEPLOY_ROOT_PATH.test(path);
}
