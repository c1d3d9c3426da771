import { isMigration, isTestFile } from "../measures/classify-paths.js";

/*
 * Which files the goal facts read added lines from. Paths are relative to the repository
 * root with "/" separators; names Django and pip recognise by spelling match case-sensitively.
 */

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function directories(path: string): string[] {
  return path.split("/").slice(0, -1);
}

/**
 * Application code: Python outside tests and migrations. Tests exercise a skill rather than
 * show it built, and migrations are generated (every one mentions `django.contrib.auth`).
 */
export function isAppCode(path: string): boolean {
  return path.endsWith(".py") && !isTestFile(path) && !isMigration(path);
}

/** Django settings: `settings.py`, `settings_prod.py`, or any module of a `settings/` package. */
export function isSettingsModule(path: string): boolean {
  return (
    isAppCode(path) &&
    (/^settings\w*\.py$/.test(baseName(path)) || directories(path).includes("settings"))
  );
}

/** A URLconf: `urls.py`. */
export function isUrlConf(path: string): boolean {
  return isAppCode(path) && baseName(path) === "urls.py";
}

/** The learner's own middleware: `middleware.py` or a module of a `middleware/` package. */
export function isMiddlewareModule(path: string): boolean {
  return (
    isAppCode(path) &&
    (baseName(path) === "middleware.py" || directories(path).includes("middleware"))
  );
}

/**
 * A Python dependency manifest: `requirements*.txt|in` (also inside a `requirements/`
 * folder), `pyproject.toml` or `Pipfile`.
 */
export function isDependencyManifest(path: string): boolean {
  const name = baseName(path);
  return (
    /^requirements[\w.-]*\.(?:txt|in)$/.test(name) ||
    (directories(path).includes("requirements") && name.endsWith(".txt")) ||
    name === "pyproject.toml" ||
    name === "Pipfile"
  );
}
