// `npm run bench:reanchor -- [CASES.jsonl]`: times re-anchoring 1,000 claims in a 10,000-word new
// version (stitched from newsroom-edit cases) against the per-claim approach — each claim
// searched with approx-string-match over the whole new text — and prints a table, ratio last.

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import search from "approx-string-match";
import { quoteAnchor } from "../text/quote-anchor";
import { reanchorClaims, type ClaimAnchor } from "../anchoring/reanchor";

const WORDS = 10_000;
const CLAIMS = 1_000;
const ENGINE_RUNS = 21;
const PER_CLAIM_RUNS = 3;

type Case = { old_text: string; new_text: string; claims: ClaimAnchor[] };

function main(args: string[]): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = args[0] ?? resolve(here, "../../../shared/eval/newsroom-edits-val/cases.jsonl");
  if (!existsSync(file)) fail(`cases file not found: ${file} (pass a newsroom-edits cases.jsonl path)`);
  let cases: Case[];
  try {
    cases = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
  } catch (e) {
    fail(`${file}: not newsroom-edit cases (${(e as Error).message})`);
  }
  if (!cases.every((c) => typeof c.old_text === "string" && typeof c.new_text === "string" && Array.isArray(c.claims))) {
    fail(`${file}: not newsroom-edit cases (need old_text, new_text, claims)`);
  }
  const bench = buildCase(cases);

  const engine = time(ENGINE_RUNS, () => reanchorClaims(bench.oldText, bench.newText, bench.claims));
  const perClaim = time(PER_CLAIM_RUNS, () =>
    bench.claims.map((c) => search(bench.newText, c.exact, Math.min(256, Math.floor(c.exact.length / 2)))),
  );

  const rows: [string, string, string, string, string][] = [
    ["approach", "median ms", "cpu ms", "runs", "heap growth MB"],
    ["engine (reanchorClaims)", engine.median.toFixed(1), engine.cpu.toFixed(1), String(ENGINE_RUNS), mb(engine.heapGrowth)],
    ["per-claim approx-string-match", perClaim.median.toFixed(1), perClaim.cpu.toFixed(1), String(PER_CLAIM_RUNS), mb(perClaim.heapGrowth)],
  ];
  console.log(
    `case: new text ${bench.words.toLocaleString("en")} words (${bench.newText.length.toLocaleString("en")} chars), `
    + `${bench.claims.length.toLocaleString("en")} claims (${bench.sentenceClaims} sentences, ${bench.claims.length - bench.sentenceClaims} phrases) `
    + `from ${bench.cases} newsroom-edit cases`,
  );
  for (const r of rows) console.log(`${r[0].padEnd(31)} ${r[1].padStart(10)} ${r[2].padStart(8)} ${r[3].padStart(5)} ${r[4].padStart(15)}`);
  console.log(`memory: rss ${mb(process.memoryUsage().rss)} MB, heap used ${mb(process.memoryUsage().heapUsed)} MB after all runs`);
  console.log(`engine under 100 ms: ${engine.median < 100 ? "yes" : "no"}`);
  console.log(`ratio per-claim / engine: ${(perClaim.median / engine.median).toFixed(1)}x`);
}

/** Cases stitched together until the new text holds 10,000 words; their claims, topped up with phrases. */
function buildCase(cases: Case[]) {
  let oldText = "";
  let newText = "";
  let used = 0;
  const claims: ClaimAnchor[] = [];
  for (const c of cases) {
    const room = WORDS - countWords(newText);
    if (room <= 0) break;
    const sep = newText ? "\n\n" : "";
    const offset = oldText.length + (oldText ? 2 : 0);
    let piece = c.new_text;
    if (countWords(piece) > room) piece = piece.split(/(?<=\s)/).slice(0, room).join("").trimEnd();
    oldText += (oldText ? "\n\n" : "") + c.old_text;
    newText += sep + piece;
    used++;
    for (const a of c.claims) claims.push({ ...a, id: `${used}:${a.id}`, start: a.start + offset, end: a.end + offset });
  }
  const sentenceClaims = Math.min(claims.length, CLAIMS);
  const picked = claims.slice(0, CLAIMS).map((a) => ({ id: a.id, ...quoteAnchor(oldText, a.start, a.end) }));
  // Phrase claims (six words from a third or two thirds into a sentence claim) fill up to 1,000.
  for (const share of [1 / 3, 2 / 3]) {
    for (const a of claims) {
      if (picked.length >= CLAIMS) break;
      const ws = [...a.exact.matchAll(/\S+/g)];
      const from = ws[Math.floor(ws.length * share)];
      const to = ws[Math.floor(ws.length * share) + 5];
      if (!from || !to) continue;
      picked.push({ id: `${a.id}:${share.toFixed(2)}`, ...quoteAnchor(oldText, a.start + from.index, a.start + to.index + to[0].length) });
    }
  }
  return { oldText, newText, claims: picked, sentenceClaims, cases: used, words: countWords(newText) };
}

// Wall time is what a user waits; CPU time is also shown because the benchmark may share a busy
// machine, where wall time includes waiting for a core.
function time(runs: number, run: () => unknown) {
  const wall: number[] = [];
  const cpu: number[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    run();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  return { median: median(wall), cpu: median(cpu), heapGrowth: heapPeak - heapBefore };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function fail(message: string): never {
  console.error(`bench:reanchor: ${message}`);
  process.exit(1);
}

main(process.argv.slice(2));
