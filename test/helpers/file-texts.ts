import nock from "nock";
import { expect } from "vitest";

const API = "https://api.github.com";

/**
 * Answers the installation pass's one query for every repository's `.github/checkpoint.yml`
 * (`query CheckpointFiles`), asserting it asks for exactly these repositories, in order;
 * `null` is a repository without the file.
 */
export function expectConfigTexts(
  files: readonly [fullName: string, text: string | null][],
  scope: nock.Scope = nock(API),
): nock.Scope {
  return scope
    .post("/graphql", (body: { query: string; variables: Record<string, string> }) => {
      expect(body.query).toMatch(/^query CheckpointFiles\(/);
      expect(body.query).toContain('object(expression: "HEAD:.github/checkpoint.yml")');
      const asked = files.map((_, i) => `${body.variables[`o${i}`]}/${body.variables[`n${i}`]}`);
      expect(asked).toEqual(files.map(([fullName]) => fullName));
      return true;
    })
    .reply(200, {
      data: Object.fromEntries(
        files.map(([, text], i) => [`r${i}`, { object: text === null ? null : { text } }]),
      ),
    });
}
