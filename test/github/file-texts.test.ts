import nock from "nock";
import { describe, expect, it } from "vitest";
import { readRepoFiles, REPOS_PER_QUERY } from "../../src/github/file-texts.js";
import { TestOctokit } from "../helpers/probot.js";

const API = "https://api.github.com";
const octokit = () => new TestOctokit({ auth: "ghs_test" });
const repos = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ owner: "ada", repo: `r${i}` }));

/** The texts alone, by repository. */
async function readFileTexts(...args: Parameters<typeof readRepoFiles>) {
  const { files } = await readRepoFiles(...args);
  return new Map([...files].map(([fullName, { texts }]) => [fullName, texts]));
}

describe("readFileTexts", () => {
  it("reads every repository's file in one query per 50, none over REST", async () => {
    const asked: number[] = [];
    nock(API)
      .post("/graphql", (body: { variables: Record<string, string> }) => {
        asked.push(Object.keys(body.variables).length / 2);
        return true;
      })
      .times(2)
      .reply(200, (_uri, body) => {
        const { variables } = body as { variables: Record<string, string> };
        const count = Object.keys(variables).length / 2;
        // only ada/r7 holds the file
        const data = Object.fromEntries(
          Array.from({ length: count }, (_, i) => [
            `r${i}`,
            { f0: variables[`n${i}`] === "r7" ? { text: "paused: false\n" } : null },
          ]),
        );
        return { data };
      });
    const texts = await readFileTexts(octokit(), repos(51), [".github/checkpoint.yml"]);
    // 51 repositories: 50, then 1
    expect(asked).toEqual([REPOS_PER_QUERY, 1]);
    expect(texts.size).toBe(51);
    expect(texts.get("ada/r7")).toEqual(["paused: false\n"]);
    expect([...texts.values()].filter(([text]) => text !== undefined)).toHaveLength(1);
  });

  it("takes a repository GitHub cannot find as one without the file, and keeps the others", async () => {
    nock(API)
      .post("/graphql")
      .reply(200, {
        data: { r0: null, r1: { f0: { text: "course:\n  weeks: 12\n" }, f1: null } },
        errors: [{ type: "NOT_FOUND", path: ["r0"], message: "Could not resolve to a Repository" }],
      });
    const texts = await readFileTexts(octokit(), repos(2), [".github/checkpoint.yml", "E.md"]);
    expect([...texts]).toEqual([
      ["ada/r0", [undefined, undefined]],
      ["ada/r1", ["course:\n  weeks: 12\n", undefined]],
    ]);
  });

  it("fails on any other error: a config is never taken as missing when it could not be read", async () => {
    nock(API)
      .post("/graphql")
      .reply(200, {
        data: null,
        errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }],
      });
    await expect(readFileTexts(octokit(), repos(1), [".github/checkpoint.yml"])).rejects.toThrow(
      /rate limit/,
    );
  });

  it("brings each repository's ledger with its files when asked, none for one GitHub cannot find", async () => {
    const ledger = { issues: { pageInfo: { hasNextPage: false }, nodes: [] } };
    nock(API)
      .post("/graphql", (body: { query: string }) => body.query.includes("labelled: issues("))
      .reply(200, {
        data: { r0: null, r1: { f0: null, ...ledger } },
        errors: [{ type: "NOT_FOUND", path: ["r0"], message: "Could not resolve to a Repository" }],
      });
    const { files } = await readRepoFiles(octokit(), repos(2), [".github/checkpoint.yml"], {
      ledger: true,
    });
    expect(files.get("ada/r0")).toEqual({ texts: [undefined] });
    expect(files.get("ada/r1")).toEqual({ texts: [undefined], ledger: { f0: null, ...ledger } });
  });

  it("reads the files alone when GitHub cannot answer the ledger with them, and no ledger", async () => {
    nock(API)
      .post("/graphql", (body: { query: string }) => body.query.includes("labelled: issues("))
      .reply(200, {
        data: null,
        errors: [{ type: "INTERNAL", message: "Something went wrong while executing your query." }],
      })
      .post("/graphql", (body: { query: string }) => !body.query.includes("labelled: issues("))
      .reply(200, { data: { r0: { f0: { text: "paused: true\n" } } } });
    const { files } = await readRepoFiles(octokit(), repos(1), [".github/checkpoint.yml"], {
      ledger: true,
    });
    expect(files.get("ada/r0")).toEqual({ texts: ["paused: true\n"] });
  });

  it("does not ask again without the ledger when GitHub says the rate limit is spent", async () => {
    nock(API)
      .post("/graphql")
      .reply(200, {
        data: null,
        errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }],
      });
    const read = readRepoFiles(octokit(), repos(1), [".github/checkpoint.yml"], { ledger: true });
    await expect(read).rejects.toThrow(/rate limit/);
  });
});
