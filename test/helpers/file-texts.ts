import nock from "nock";
import { expect } from "vitest";
import { ledgerFields } from "./ledger-fields.js";

const API = "https://api.github.com";

/**
 * Answers the installation pass's one query for every repository's `.github/checkpoint.yml`
 * and `EXPECTATIONS.md` (`query CheckpointFiles`), asserting it asks for exactly these
 * repositories, in order; `null` is a repository without the config, and the expectation
 * document is `expectations` where given, else missing.
 */
export function expectConfigTexts(
  files: readonly [fullName: string, text: string | null, expectations?: string][],
  scope: nock.Scope = nock(API),
  /** Each repository's ledger, as ledgerFields gives it, when the query asks for ledgers. */
  ledgers?: Record<string, unknown>,
): nock.Scope {
  return scope
    .post("/graphql", (body: { query: string; variables: Record<string, string> }) => {
      expect(body.query).toMatch(/^query CheckpointFiles\(/);
      expect(body.query).toContain('f0: object(expression: "HEAD:.github/checkpoint.yml")');
      expect(body.query).toContain('f1: object(expression: "HEAD:EXPECTATIONS.md")');
      expect(body.query.includes("labelled: issues(")).toBe(ledgers !== undefined);
      const asked = files.map((_, i) => `${body.variables[`o${i}`]}/${body.variables[`n${i}`]}`);
      expect(asked).toEqual(files.map(([fullName]) => fullName));
      return true;
    })
    .reply(200, {
      data: Object.fromEntries(
        files.map(([fullName, text, expectations], i) => [
          `r${i}`,
          {
            f0: text === null ? null : { text },
            f1: expectations === undefined ? null : { text: expectations },
            ...(ledgers ? (ledgers[fullName] ?? ledgerFields([])) : {}),
          },
        ]),
      ),
    });
}
