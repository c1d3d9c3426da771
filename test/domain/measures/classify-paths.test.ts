import { describe, expect, it } from "vitest";
import {
  isDeployFile,
  isMigration,
  isModels,
  isOtherDoc,
  isRootReadme,
  isTestFile,
  isWorkflow,
} from "../../../src/domain/measures/classify-paths.js";

describe("isTestFile", () => {
  it.each([
    // Python names
    ["test_models.py", true],
    ["blog/test_views.py", true],
    ["blog/views_test.py", true],
    ["blog/tests.py", true],
    ["test_utils.py", true], // matches test_*.py even though it may be a helper
    // anything under tests/ or __tests__/, at any depth
    ["tests/conftest.py", true],
    ["blog/tests/__init__.py", true],
    ["blog/tests/fixtures/posts.json", true],
    ["src/__tests__/App.js", true],
    // JS/TS names
    ["src/App.test.tsx", true],
    ["src/api.spec.js", true],
    ["src/utils.test.mjs", true],
    // look-alikes that are not tests
    ["contest.py", false],
    ["latest_news.py", false],
    ["testing.md", false],
    ["test_utils/helpers.py", false], // a directory named test_utils is not tests/
    ["test/helpers.py", false], // only tests/ (plural) is a test directory
    ["tests.txt", false],
    ["blog/test.py", false], // neither test_*.py nor tests.py
    ["Test_models.py", false], // discovery is case-sensitive
    ["src/latest.js", false],
    ["src/contest.ts", false],
    ["src/testing.ts", false],
    ["attestations/models.py", false],
  ])("%s → %s", (path, expected) => {
    expect(isTestFile(path)).toBe(expected);
  });
});

describe("README and docs", () => {
  it.each([
    // path, root README, other docs
    ["README.md", true, false],
    ["readme.rst", true, false],
    ["README", true, false],
    ["README.es.md", true, false],
    ["blog/README.md", false, true], // a subfolder README is other documentation
    ["docs/setup.md", false, true],
    ["docs/diagram.png", false, true],
    ["project/docs/api.txt", false, true],
    ["CHANGELOG.md", false, true],
    ["notes/week1.rst", false, true],
    ["testing.md", false, true],
    ["tests/fixtures/sample.md", false, false], // under tests/: a test file, not docs
    ["blog/views.py", false, false],
    ["READ_ME.txt", false, false],
    ["docsite.py", false, false],
  ])("%s → root README %s, other docs %s", (path, readme, other) => {
    expect(isRootReadme(path)).toBe(readme);
    expect(isOtherDoc(path)).toBe(other);
  });
});

describe("Django migrations and models", () => {
  it.each([
    // path, migration, models
    ["blog/migrations/0001_initial.py", true, false],
    ["apps/blog/migrations/0012_post_slug.py", true, false],
    ["blog/migrations/__init__.py", false, false],
    ["blog/migrations/0001_initial.pyc", false, false],
    ["blog/migrations/helpers/0001_x.py", false, false], // not directly inside migrations/
    ["blog/models.py", false, true],
    ["models.py", false, true],
    ["tasks/models/__init__.py", false, true],
    ["tasks/models/task.py", false, true],
    ["tasks/models/README.md", false, false],
    ["blog/test_models.py", false, false],
    ["blog/model.py", false, false],
  ])("%s → migration %s, models %s", (path, migration, models) => {
    expect(isMigration(path)).toBe(migration);
    expect(isModels(path)).toBe(models);
  });
});

describe("CI workflows and deployment files", () => {
  it.each([
    // path, workflow, deployment
    [".github/workflows/ci.yml", true, false],
    [".github/workflows/tests.yaml", true, false],
    [".github/workflows/deploy.yml", true, true], // a deploy workflow is both
    [".github/workflows/Deploy-Render.yaml", true, true],
    [".gitlab-ci.yml", true, false],
    [".github/workflows/scripts/run.yml", false, false], // GitHub reads only the folder itself
    [".github/dependabot.yml", false, false],
    ["Procfile", false, true],
    ["backend/Procfile", false, true],
    ["Dockerfile", false, true],
    ["Dockerfile.prod", false, true],
    ["docker/app.Dockerfile", false, true],
    ["docker-compose.yml", false, true],
    ["docker-compose.prod.yaml", false, true],
    ["compose.yaml", false, true],
    ["render.yaml", false, true],
    ["fly.toml", false, true],
    ["app.json", false, true],
    ["vercel.json", false, true],
    ["netlify.toml", false, true],
    ["railway.json", false, true],
    ["railway.toml", false, true],
    ["runtime.txt", false, true],
    [".platform/hooks/postdeploy/01_migrate.sh", false, true],
    ["mobile/app.json", false, false], // generic names count only at the root
    ["blog/runtime.txt", false, false],
    [".devcontainer/Dockerfile", false, false],
    [".dockerignore", false, false],
    ["requirements.txt", false, false],
    ["deploy.sh", false, false],
    // Every CI provider, where it reads its configuration.
    [".travis.yml", true, false],
    [".circleci/config.yml", true, false],
    ["Jenkinsfile", true, false],
    ["azure-pipelines.yml", true, false],
    ["bitbucket-pipelines.yml", true, false],
    [".gitlab-ci.yml", true, false],
    [".drone.yml", true, false],
    [".woodpecker.yml", true, false],
    [".woodpecker/test.yaml", true, false],
    [".circleci/other.yml", false, false], // CircleCI reads config.yml only
    ["ci/Jenkinsfile.txt", false, false],
  ])("%s → workflow %s, deployment %s", (path, workflow, deployment) => {
    expect(isWorkflow(path)).toBe(workflow);
    expect(isDeployFile(path)).toBe(deployment);
  });
});
