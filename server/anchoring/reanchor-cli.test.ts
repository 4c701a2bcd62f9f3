// The command-line entry (server/cli/reanchor.ts), run as a user runs it.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../cli/reanchor.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "reanchor-cli-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8" });

const oldPath = file("old.txt", "Some 400 have been killed. Others fled the city.");
const newPath = file("new.txt", "More than 500 have been killed. Others fled the city.");

describe("reanchor CLI", () => {
  it("prints the results as JSON", () => {
    const claims = file("claims.json", JSON.stringify([{ id: "a", exact: "Some 400 have been killed.", prefix: "", suffix: " Others fled the city.", start: 0, end: 26 }]));
    const out = run("--old", oldPath, "--new", newPath, "--claims", claims);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject([{ id: "a", outcome: "modified", numbers: [{ old: "400", new: "500" }] }]);
  });

  it("reports a claim whose anchor does not match the old text, and follows the others", () => {
    const claims = file("stale.json", JSON.stringify([
      { id: "off", exact: "Others fled the city.", start: 0, end: 21 },
      { id: "gone", exact: "The mayor resigned.", start: 0, end: 19 },
      { id: "ok", exact: "Some 400 have been killed.", start: 0, end: 26 },
    ]));
    const out = run("--old", oldPath, "--new", newPath, "--claims", claims);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject([
      { id: "off", outcome: "moved", start: 32, problem: expect.stringMatching(/not at 0..21 .*followed from 27..48/) },
      { id: "gone", outcome: "unanchored", problem: expect.stringMatching(/nor anywhere else/) },
      { id: "ok", outcome: "modified" },
    ]);
  });

  it.each([
    ["a missing file", () => ["--old", join(dir, "nope.txt"), "--new", newPath, "--claims", oldPath], /old text file not found/],
    ["malformed JSON", () => ["--old", oldPath, "--new", newPath, "--claims", file("bad.json", "[{")], /not valid JSON/],
    ["a missing option", () => ["--old", oldPath], /usage/],
  ])("fails on %s with one line and no stack trace", (_, args, message) => {
    const out = run(...args());
    expect(out.status).not.toBe(0);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
