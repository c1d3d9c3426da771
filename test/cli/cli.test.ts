import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

function io(cwd = process.cwd(), env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd };
  return { io: value, out, err };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "checkpoint-cli-"));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe("checkpoint validate", () => {
  it("prints a wrong timezone and a wrong type with their paths and exits 1", async () => {
    const dir = tempFile("bad.yml", "course:\n  timezone: Africa/Lagoss\n  weeks: twelve\n");
    const { io: cli, out, err } = io(dir);
    expect(await main(["validate", "bad.yml"], cli)).toBe(1);
    expect(out).toEqual([
      // each with the field written right, from the schema's examples
      'bad.yml: course.weeks: expected a number, found string "twelve" — for example `weeks: 24`',
      'bad.yml: course.timezone: expected an IANA timezone name such as "Africa/Lagos" or "Europe/London", found string "Africa/Lagoss" — for example `timezone: "Africa/Lagos"`',
    ]);
    expect(err).toEqual(["2 problems found"]);
  });

  it("accepts the first user's config and exits 0", async () => {
    const { io: cli, out } = io();
    expect(await main(["validate", "test/fixtures/checkpoint.yml"], cli)).toBe(0);
    expect(out).toEqual(["test/fixtures/checkpoint.yml: valid"]);
  });

  it("reads .github/checkpoint.yml by default", async () => {
    const dir = tempFile("x", "");
    const { io: cli, err } = io(dir);
    expect(await main(["validate"], cli)).toBe(2);
    expect(err).toEqual([".github/checkpoint.yml: cannot read the file (ENOENT)"]);
  });
});

describe("checkpoint", () => {
  it("answers an unknown command with usage and exit 2", async () => {
    const { io: cli, err } = io();
    expect(await main(["frobnicate"], cli)).toBe(2);
    expect(err[0]).toMatch(/^checkpoint: unknown command "frobnicate"/);
  });

  it("prints each command's help", async () => {
    for (const command of ["run", "validate", "schema", "doctor", "queue"]) {
      const { io: cli, out } = io();
      expect(await main([command, "--help"], cli)).toBe(0);
      expect(out[0]).toMatch(new RegExp(`^Usage: checkpoint ${command}`));
    }
  });

  it("refuses an unknown option and a run without a valid instant, before touching GitHub", async () => {
    const unknown = io();
    expect(await main(["validate", "--fast"], unknown.io)).toBe(2);
    expect(unknown.err[0]).toMatch(/Unknown option '--fast'/);
    const impossible = io();
    expect(await main(["run", "--at", "2025-02-30T09:00:00Z"], impossible.io)).toBe(2);
    expect(impossible.err[0]).toMatch(/--at must be an ISO-8601 instant/);
    const noZone = io();
    expect(await main(["run", "--at", "2025-11-24T09:00"], noZone.io)).toBe(2);
    expect(noZone.err[0]).toMatch(/--at must be an ISO-8601 instant/);
  });

  it("explains missing credentials for run", async () => {
    const { io: cli, err } = io(process.cwd(), {});
    expect(await main(["run", "--at", "2025-11-24T09:00:00Z", "--dry-run"], cli)).toBe(1);
    expect(err).toEqual(["checkpoint run: APP_ID is not set: the app's ID from its settings page"]);
    // `--at now`, as the README's first dry run writes it, is an instant: the same answer.
    const now = io(process.cwd(), {});
    expect(await main(["run", "--at", "now", "--dry-run"], now.io)).toBe(1);
    expect(now.err).toEqual(err);
  });
});
