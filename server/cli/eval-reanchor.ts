// `npm run eval:reanchor -- FILE.jsonl` (or a folder holding it): measures re-anchoring on NetKu-style pairs,
// newsroom-edit cases or change-kind cases (told apart by their fields: change-kind truth has `kind`); one line
// per measure or kind, a summary last. `--failures` lists what failed; `--every=N` follows the claims of each
// case in N groups (claim i in group i mod N), as a newsroom follows a few sentences of a story rather than all.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { netkuCase } from "../anchoring/evaluation/netku-truth";
import { emptyTally, formatTally, ratio, scoreCase, type TruthOutcome } from "../anchoring/evaluation/score-cases";
import { formatKinds, scoreKinds, type KindTally, type KindTruth } from "../anchoring/evaluation/score-kinds";
import { reanchorClaims, type ClaimAnchor, type ReanchorResult } from "../anchoring/reanchor";

type NewsroomCase = { id: string; old_text: string; new_text: string; claims: ClaimAnchor[]; truth: Record<string, TruthOutcome> };
type KindCase = Omit<NewsroomCase, "truth"> & { truth: Record<string, KindTruth> };
type NetkuPair = { id: string; old_text: string; new_text: string; identical: boolean };

function main(args: string[]): void {
  const file = args.find((a) => !a.startsWith("-"));
  if (!file) fail("usage: eval:reanchor FILE.jsonl (or a folder of .jsonl files)");
  const text = readJsonl(file);
  const rows = text.split("\n").filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      fail(`${file}:${i + 1}: not JSON`);
    }
  });
  const verbose = args.includes("--failures");
  const every = groupsOf(args);
  const follow = (oldText: string, newText: string, claims: ClaimAnchor[]): ReanchorResult[] =>
    Array.from({ length: every }, (_, k) => reanchorClaims(oldText, newText, claims.filter((_, i) => i % every === k))).flat();
  if (every > 1) console.log(`(each case re-anchored ${every} times, each time following only every ${every}th claim: every claim is scored once)`);
  if (rows.every((r) => "truth" in r && "claims" in r && hasKinds(r.truth))) evaluateKinds(rows as KindCase[], follow, verbose);
  else if (rows.every((r) => "truth" in r && "claims" in r)) evaluateNewsroom(rows as NewsroomCase[], follow, verbose);
  else if (rows.every((r) => "old_text" in r && "new_text" in r)) evaluateNetku(rows as NetkuPair[], follow, verbose);
  else fail(`${file}: neither newsroom-edit cases, change-kind cases nor NetKu pairs`);
}

type Follow = (oldText: string, newText: string, claims: ClaimAnchor[]) => ReanchorResult[];

function groupsOf(args: string[]): number {
  const option = args.find((a) => a.startsWith("--every"));
  if (option === undefined) return 1;
  const n = Number(option.slice("--every=".length));
  if (!option.startsWith("--every=") || !Number.isInteger(n) || n < 1) fail(`${option}: write --every=N with N a whole number of at least 1`);
  return n;
}

function hasKinds(truth: unknown): boolean {
  const entries = Object.values(truth as Record<string, unknown>);
  return entries.length > 0 && entries.every((t) => typeof (t as { kind?: unknown }).kind === "string");
}

/** The file, or every .jsonl file of the folder, as one text. */
function readJsonl(path: string): string {
  try {
    if (!statSync(path).isDirectory()) return readFileSync(path, "utf8");
    const files = readdirSync(path).filter((f) => f.endsWith(".jsonl")).sort();
    if (files.length === 0) fail(`${path}: no .jsonl file in this folder`);
    return files.map((f) => readFileSync(join(path, f), "utf8")).join("\n");
  } catch (e) {
    fail(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function evaluateNewsroom(cases: NewsroomCase[], follow: Follow, verbose: boolean): void {
  const tally = emptyTally();
  for (const c of cases) scoreCase(tally, c.id, follow(c.old_text, c.new_text, c.claims), c.truth);
  if (verbose) for (const f of tally.failures) console.log(`FAIL ${f.measure} ${f.caseId} ${f.claimId}`);
  for (const line of formatTally(tally)) console.log(line);
  console.log(
    `summary newsroom-edits cases=${cases.length} claims=${cases.reduce((n, c) => n + c.claims.length, 0)}`
    + ` kept=${ratio(tally.kept)} modified=${ratio(tally.modified)} span=${ratio(tally.span)}`
    + ` figures=${ratio(tally.figures)} quiet=${ratio(tally.quiet)} removed=${ratio(tally.removed)}`,
  );
}

function evaluateKinds(cases: KindCase[], follow: Follow, verbose: boolean): void {
  const tally: KindTally = new Map();
  for (const c of cases) scoreKinds(tally, c.id, follow(c.old_text, c.new_text, c.claims), c.truth);
  if (verbose) for (const [kind, t] of tally) for (const f of t.failures) console.log(`FAIL ${kind} ${f}`);
  for (const line of formatKinds(tally)) console.log(line);
  const all = [...tally.values()].reduce((s, t) => ({ hits: s.hits + t.hits, total: s.total + t.total }), { hits: 0, total: 0 });
  const edited = [...tally].filter(([k]) => k !== "kept").map(([, t]) => t);
  const worst = edited.length > 0 ? Math.min(...edited.map((t) => (t.total ? t.hits / t.total : 1))).toFixed(3) : "n/a";
  const editedAll = edited.reduce((s, t) => ({ hits: s.hits + t.hits, total: s.total + t.total }), { hits: 0, total: 0 });
  console.log(
    `summary newsroom-kinds cases=${cases.length} claims=${all.total} kept=${ratio(tally.get("kept") ?? { hits: 0, total: 0 })}`
    + ` edited=${ratio(editedAll)} worst-kind=${worst} overall=${ratio(all)}`,
  );
}

function evaluateNetku(pairs: NetkuPair[], follow: Follow, verbose: boolean): void {
  const tally = emptyTally();
  const unchangedPairs = { hits: 0, total: 0 };
  let claims = 0;
  for (const p of pairs) {
    const { anchors, truth } = netkuCase(p.old_text, p.new_text);
    claims += anchors.length;
    const results = follow(p.old_text, p.new_text, anchors);
    if (p.identical || p.old_text === p.new_text) {
      unchangedPairs.total++;
      if (results.every((r) => r.outcome === "unchanged")) unchangedPairs.hits++;
      else if (verbose) console.log(`FAIL unchanged-pair ${p.id}`);
    } else {
      scoreCase(tally, p.id, results, truth);
    }
  }
  if (verbose) for (const f of tally.failures) console.log(`FAIL ${f.measure} ${f.caseId} ${f.claimId}`);
  console.log("(claims: old_text sentences of 6+ words; truth on changed pairs from a word-overlap sentence alignment:");
  console.log(" word for word (spacing aside) → kept; best new sentence(s) with similarity ≥ 0.5 (mean of word Dice and");
  console.log(" share of the claim's words found) → modified; else removed; figures: numbers, in digits or words,");
  console.log(" differing between a claim and its aligned passage)");
  for (const line of formatTally(tally)) console.log(line);
  console.log(`unchanged ${ratio(unchangedPairs)}  (${unchangedPairs.hits}/${unchangedPairs.total} unchanged pairs with every claim unchanged)`);
  console.log(
    `summary netku pairs=${pairs.length} claims=${claims} kept=${ratio(tally.kept)} modified=${ratio(tally.modified)}`
    + ` span=${ratio(tally.span)} figures=${ratio(tally.figures)} quiet=${ratio(tally.quiet)}`
    + ` removed=${ratio(tally.removed)} unchanged-pairs=${ratio(unchangedPairs)}`,
  );
}

function fail(message: string): never {
  console.error(`eval:reanchor: ${message}`);
  process.exit(1);
}

main(process.argv.slice(2));
