// `npm run reanchor -- --old OLD.txt --new NEW.txt --claims CLAIMS.json`: re-anchors the claims
// of OLD in NEW and prints the results as JSON. Bad input gets one line on stderr and exit 1.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { InvalidClaimsError, readClaims } from "../anchoring/read-claims";
import { reanchorClaims } from "../anchoring/reanchor";

function main(): void {
  let values: { old?: string; new?: string; claims?: string };
  try {
    values = parseArgs({
      options: { old: { type: "string" }, new: { type: "string" }, claims: { type: "string" } },
      strict: true,
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (!values.old || !values.new || !values.claims) fail("usage: reanchor --old OLD.txt --new NEW.txt --claims CLAIMS.json");
  const oldText = read(values.old, "old text");
  const newText = read(values.new, "new text");
  const claimsJson = read(values.claims, "claims");
  try {
    const claims = readClaims(claimsJson);
    console.log(JSON.stringify(reanchorClaims(oldText, newText, claims), null, 2));
  } catch (e) {
    if (e instanceof InvalidClaimsError) fail(`${values.claims}: ${e.message}`);
    fail(`unexpected error: ${(e as Error).message}`);
  }
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `${what} file not found: ${path}` : `cannot read ${what} file ${path} (${code ?? "error"})`);
  }
}

function fail(message: string): never {
  console.error(`reanchor: ${message}`);
  process.exit(1);
}

main();
