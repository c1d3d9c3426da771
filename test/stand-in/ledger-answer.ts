import { ledgerFields } from "../helpers/ledger-fields.js";
import { issueJson } from "./issue-routes.js";
import type { RepoState } from "./state.js";

/** LEDGER_FIELDS answered from `repo` as the stand-in holds it now, newest issue first. */
export function ledgerAnswer(repo: RepoState) {
  const newest = [...repo.issues].sort((a, b) => b.number - a.number);
  return ledgerFields(
    newest.map((issue) => issueJson(repo, issue)),
    Object.fromEntries(newest.map((issue) => [issue.number, issue.comments])),
  );
}
