import type { FileChange, RepoActivity } from "../activity.js";
import {
  isAppCode,
  isDependencyManifest,
  isMiddlewareModule,
  isSettingsModule,
  isUrlConf,
} from "./code-paths.js";
import { EXAMPLE_PATHS, type CodeEvidence, type CodeEvidenceKind } from "./facts.js";

/** Added lines of files that `files` accepts show the kind when one matches `line`. */
interface LineRule {
  files: (path: string) => boolean;
  line: RegExp;
}

/**
 * What counts as evidence of each backend skill, stated for the learner. A file counts once
 * per kind when one of its added lines matches a rule for that kind.
 * - database: in settings, `DATABASES`, a `django.db.backends.*` engine, `dj_database_url`,
 *   `DATABASE_URL`; in a dependency manifest, psycopg/psycopg2(-binary), mysqlclient, PyMySQL,
 *   mysql-connector-python, dj-database-url; in application code, `sqlite3`.
 * - auth: `django.contrib.auth`, Login/Logout/PasswordChange/PasswordReset views,
 *   `login_required`, `permission_required`, LoginRequired/PermissionRequired/UserPassesTest
 *   mixins, UserCreation/UserChange/Authentication forms, AbstractUser, `AUTH_USER_MODEL`,
 *   DRF IsAuthenticated/IsAdminUser, `permission_classes`, `authentication_classes`,
 *   `has_perm`, `is_authenticated`, calls to `authenticate(`, `login(`, `logout(`.
 * - crud: Create/Update/Delete/List/Detail views, ModelViewSet, DRF generic API views and
 *   Create/Update/Destroy mixins, ModelForm, `@api_view` naming POST/PUT/PATCH/DELETE,
 *   `request.method == "POST"` (or PUT, PATCH, DELETE).
 * - http: in a URLconf, `path(`, `re_path(`, `url(`, `include(`; in application code, API
 *   views, viewsets, serializers, `@api_view`, `rest_framework`, HttpResponse/JsonResponse,
 *   DRF routers.
 * - middleware: in settings, `MIDDLEWARE` or a "…Middleware" entry; in application code,
 *   MiddlewareMixin, a `…Middleware` class or `…middleware(` function; any added line of
 *   the learner's own middleware module.
 */
const CODE_EVIDENCE: Readonly<Record<CodeEvidenceKind, readonly LineRule[]>> = {
  database: [
    {
      files: isSettingsModule,
      line: /\bDATABASES\b|\bdjango\.db\.backends\.\w+|\bdj_database_url\b|\bDATABASE_URL\b/,
    },
    {
      files: isDependencyManifest,
      line: /^\s*["']?(?:psycopg2?(?:-binary)?|mysqlclient|pymysql|mysql-connector-python|dj-database-url)\b/i,
    },
    { files: isAppCode, line: /\bsqlite3\b/ },
  ],
  auth: [
    {
      files: isAppCode,
      line: /\bdjango\.contrib\.auth\b|\b(?:Login|Logout|PasswordChange|PasswordReset)View\b|\b(?:login|permission)_required\b|\b(?:LoginRequired|PermissionRequired|UserPassesTest)Mixin\b|\b(?:UserCreation|UserChange|Authentication)Form\b|\bAbstract(?:Base)?User\b|\bAUTH_USER_MODEL\b|\bIs(?:Authenticated(?:OrReadOnly)?|AdminUser)\b|\b(?:permission|authentication)_classes\b|\bhas_perm\b|\bis_authenticated\b|\b(?:authenticate|login|logout)\(/,
    },
  ],
  crud: [
    {
      files: isAppCode,
      line: /\b(?:Create|Update|Delete|List|Detail)View\b|\bModelViewSet\b|\b(?:ListCreate|RetrieveUpdateDestroy|RetrieveUpdate|RetrieveDestroy|Create|Update|Destroy|Retrieve|List)APIView\b|\b(?:Create|Update|Destroy)ModelMixin\b|\bModelForm\b|@api_view\(\s*\[[^\]]*\b(?:POST|PUT|PATCH|DELETE)\b|\brequest\.method\s*==\s*["'](?:POST|PUT|PATCH|DELETE)["']/,
    },
  ],
  http: [
    { files: isUrlConf, line: /\b(?:re_path|path|url|include)\(/ },
    {
      files: isAppCode,
      line: /\w*APIView\b|\w*ViewSet\b|\w*Serializer\b|@api_view\b|\brest_framework\b|\b(?:Http|Json)Response\w*\b|\b(?:Default|Simple)Router\b/,
    },
  ],
  middleware: [
    { files: isSettingsModule, line: /\bMIDDLEWARE\b|["'][\w.]+Middleware["']/ },
    {
      files: isAppCode,
      line: /\bMiddlewareMixin\b|\bclass\s+\w*Middleware\b|\bdef\s+\w*middleware\s*\(/,
    },
    { files: isMiddlewareModule, line: /\S/ },
  ],
};

/** Whether an added or changed file's added lines show the kind. */
function shows(change: FileChange, rules: readonly LineRule[]): boolean {
  if (change.status === "removed") return false;
  const lines = change.addedLines ?? [];
  return rules.some(
    (rule) => rule.files(change.path) && lines.some((line) => rule.line.test(line)),
  );
}

/** The week's files that show one kind of backend skill, counted, with a few example paths. */
function evidenceOf(repos: readonly RepoActivity[], rules: readonly LineRule[]): CodeEvidence {
  const paths = repos.flatMap((repo) =>
    repo.changes.filter((change) => shows(change, rules)).map((change) => change.path),
  );
  return { files: paths.length, examples: [...new Set(paths)].slice(0, EXAMPLE_PATHS) };
}

/** Every kind of code evidence in the week's changes (see `CODE_EVIDENCE`). */
export function codeEvidence(
  repos: readonly RepoActivity[],
): Record<CodeEvidenceKind, CodeEvidence> {
  return {
    database: evidenceOf(repos, CODE_EVIDENCE.database),
    auth: evidenceOf(repos, CODE_EVIDENCE.auth),
    crud: evidenceOf(repos, CODE_EVIDENCE.crud),
    http: evidenceOf(repos, CODE_EVIDENCE.http),
    middleware: evidenceOf(repos, CODE_EVIDENCE.middleware),
  };
}
