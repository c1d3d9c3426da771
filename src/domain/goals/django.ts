import type { RepoActivity } from "../activity.js";
import { baseName, isDependencyManifest } from "./code-paths.js";

// "Django==5.1", "django>=4.2", "djangorestframework", "django-environ", quoted in pyproject.toml.
const DJANGO_REQUIREMENT = /^\s*["']?django(?:restframework)?\b/i;
const DJANGO_IMPORT = /^\s*(?:from|import)\s+(?:django|rest_framework)\b/;

const isManagePy = (path: string) => baseName(path) === "manage.py";

/**
 * Whether a repository's week shows it to be a Django project: a `manage.py` among its
 * paths at HEAD or its changed files, or an added line that requires Django (or Django REST
 * framework) in a dependency manifest or imports it in a Python file. A week that only
 * touched templates or static files does not show it; the goal rules pool every week.
 */
export function isDjangoProject(repo: RepoActivity): boolean {
  if (repo.head.paths.some(isManagePy)) return true;
  return repo.changes.some((change) => {
    if (change.status === "removed") return false;
    if (isManagePy(change.path)) return true;
    const lines = change.addedLines ?? [];
    if (isDependencyManifest(change.path))
      return lines.some((line) => DJANGO_REQUIREMENT.test(line));
    return change.path.endsWith(".py") && lines.some((line) => DJANGO_IMPORT.test(line));
  });
}
