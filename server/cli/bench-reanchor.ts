// `npm run bench:reanchor -- [CASES.jsonl]`: times re-anchoring 1,000 claims in a 10,000-word new
// version (stitched from newsroom-edit cases, where about half the claims were edited or removed, or
// from NetKu pairs, where nine in ten stand word for word) against the per-claim approach (Hypothesis-style:
// each claim verbatim, else approx-string-match over the whole new text), warm in this process
// and cold — what a user waits for on the first re-anchoring: a fresh process's time on the case
// minus its time on a one-claim case, medians of 15 — and prints both tables, ratios last.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { matchPerClaim } from "../anchoring/evaluation/match-per-claim";
import { netkuCase } from "../anchoring/evaluation/netku-truth";
import { quoteAnchor } from "../text/quote-anchor";
import { reanchorClaims, type ClaimAnchor } from "../anchoring/reanchor";

const WORDS = 10_000;
const CLAIMS = 1_000;
const ENGINE_RUNS = 21;
const PER_CLAIM_RUNS = 5;
const COLD_RUNS = 15;
const PER_CLAIM_CLI = "--per-claim-cli";

type Case = { old_text: string; new_text: string; claims: ClaimAnchor[] };
/** A NetKu pair comes without claims: its old text's sentences of six words or more are its claims. */
type Row = { old_text: string; new_text: string; claims?: ClaimAnchor[] };

function main(args: string[]): void {
  if (args[0] === PER_CLAIM_CLI) return perClaimCli(args.slice(1));
  const here = dirname(fileURLToPath(import.meta.url));
  const file = args[0] ?? resolve(here, "../../../shared/eval/newsroom-edits-val/cases.jsonl");
  if (!existsSync(file)) fail(`cases file not found: ${file} (pass newsroom-edit cases or NetKu pairs, as .jsonl)`);
  let input: Row[];
  try {
    input = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  } catch (e) {
    fail(`${file}: not newsroom-edit cases or NetKu pairs (${(e as Error).message})`);
  }
  if (!input.every((c) => typeof c.old_text === "string" && typeof c.new_text === "string" && (c.claims === undefined || Array.isArray(c.claims)))) {
    fail(`${file}: not newsroom-edit cases or NetKu pairs (need old_text, new_text and, for cases, claims)`);
  }
  const source = input.every((c) => c.claims) ? "newsroom-edit cases" : "NetKu pairs";
  const cases = input.map((c): Case => ({ ...c, claims: c.claims ?? netkuCase(c.old_text, c.new_text).anchors }));
  const bench = buildCase(cases);

  const engine = time(ENGINE_RUNS, () => reanchorClaims(bench.oldText, bench.newText, bench.claims));
  const perClaim = time(PER_CLAIM_RUNS, () => matchPerClaim(bench.newText, bench.claims));

  const rows: [string, string, string, string, string][] = [
    ["approach", "median ms", "cpu ms", "runs", "heap growth MB"],
    ["engine (reanchorClaims)", engine.median.toFixed(1), engine.cpu.toFixed(1), String(ENGINE_RUNS), mb(engine.heapGrowth)],
    ["per-claim (Hypothesis-style)", perClaim.median.toFixed(1), perClaim.cpu.toFixed(1), String(PER_CLAIM_RUNS), mb(perClaim.heapGrowth)],
  ];
  console.log(
    `case: new text ${bench.words.toLocaleString("en")} words (${bench.newText.length.toLocaleString("en")} chars), `
    + `${bench.claims.length.toLocaleString("en")} claims (${bench.sentenceClaims} sentences, ${bench.claims.length - bench.sentenceClaims} phrases) `
    + `from ${bench.cases} ${source}; ${bench.verbatim} of the claims stand word for word in the new text`,
  );
  for (const r of rows) console.log(`${r[0].padEnd(31)} ${r[1].padStart(10)} ${r[2].padStart(8)} ${r[3].padStart(5)} ${r[4].padStart(15)}`);
  console.log(`memory: rss ${mb(process.memoryUsage().rss)} MB, heap used ${mb(process.memoryUsage().heapUsed)} MB after all runs`);
  console.log(`engine under 100 ms: ${engine.median < 100 ? "yes" : "no"}`);
  console.log(`ratio per-claim / engine: ${(perClaim.median / engine.median).toFixed(1)}x`);

  const cold = timeCold(here, bench);
  console.log(`cold (fresh process, ${bench.claims.length.toLocaleString("en")}-claim case minus one-claim case, medians of ${COLD_RUNS}):`);
  console.log(`${"approach".padEnd(31)} ${"wall ms".padStart(10)} ${"cpu ms".padStart(8)}`);
  for (const [name, t] of [["engine (npm run reanchor)", cold.engine], ["per-claim (Hypothesis-style)", cold.perClaim]] as const) {
    console.log(`${name.padEnd(31)} ${t.wall.toFixed(1).padStart(10)} ${t.cpu.toFixed(0).padStart(8)}   (${t.runs})`);
  }
  const coldRatio = { wall: cold.perClaim.wall / Math.max(cold.engine.wall, 0.1), cpu: cold.perClaim.cpu / Math.max(cold.engine.cpu, 1) };
  console.log(`engine cold at most 100 ms: ${cold.engine.wall <= 100 ? "yes" : "no"} wall, ${cold.engine.cpu <= 100 ? "yes" : "no"} cpu`);
  console.log(`cold ratio per-claim / engine: ${coldRatio.wall.toFixed(1)}x wall, ${coldRatio.cpu.toFixed(1)}x cpu (goal 10x: ${coldRatio.wall >= 10 ? "met" : "not met"} wall, ${coldRatio.cpu >= 10 ? "met" : "not met"} cpu)`);
}

/** The per-claim matcher as its own process, with the inputs `npm run reanchor` takes. */
function perClaimCli([oldPath, newPath, claimsPath]: string[]): void {
  if (!oldPath || !newPath || !claimsPath) fail(`usage: bench-reanchor ${PER_CLAIM_CLI} OLD NEW CLAIMS`);
  readFileSync(oldPath, "utf8");
  const claims = JSON.parse(readFileSync(claimsPath, "utf8")) as ClaimAnchor[];
  console.log(JSON.stringify(matchPerClaim(readFileSync(newPath, "utf8"), claims), null, 2));
}

// Each command runs as a fresh process (node with the tsx loader, as the npm scripts run them);
// the four commands take turns so a busy machine slows them alike.
function timeCold(here: string, bench: { oldText: string; newText: string; claims: ClaimAnchor[] }) {
  const dir = mkdtempSync(join(tmpdir(), "bench-reanchor-"));
  try {
    const file = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const oldPath = file("old.txt", bench.oldText);
    const newPath = file("new.txt", bench.newText);
    const all = file("claims.json", JSON.stringify(bench.claims));
    const one = file("one-claim.json", JSON.stringify(bench.claims.slice(0, 1)));
    const reanchor = (claims: string) => [resolve(here, "reanchor.ts"), "--old", oldPath, "--new", newPath, "--claims", claims];
    const perClaim = (claims: string) => [fileURLToPath(import.meta.url), PER_CLAIM_CLI, oldPath, newPath, claims];
    const commands = [reanchor(all), reanchor(one), perClaim(all), perClaim(one)];
    const runs = commands.map((): { wall: number; cpu: number }[] => []);
    for (let run = 0; run < COLD_RUNS; run++) {
      commands.forEach((command, i) => runs[i]!.push(runProcess(command)));
    }
    const [engineAll, engineOne, perClaimAll, perClaimOne] = runs.map((r) => ({ wall: median(r.map((x) => x.wall)), cpu: median(r.map((x) => x.cpu)) }));
    const difference = (all: { wall: number; cpu: number }, one: { wall: number; cpu: number }) => ({
      wall: all.wall - one.wall,
      cpu: all.cpu - one.cpu,
      runs: `${all.wall.toFixed(0)} − ${one.wall.toFixed(0)} ms wall`,
    });
    return { engine: difference(engineAll!, engineOne!), perClaim: difference(perClaimAll!, perClaimOne!) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Wall time is what a user waits; the process's CPU time (read by the shell's `times`, to 10 ms)
// is shown too because a busy machine stretches wall time.
function runProcess(args: string[]): { wall: number; cpu: number } {
  const t = performance.now();
  const child = spawnSync("sh", ["-c", '"$0" "$@" >/dev/null; s=$?; times; exit $s', process.execPath, "--import", "tsx", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wall = performance.now() - t;
  if (child.status !== 0) fail(`${args[0]} failed: ${child.stderr.toString().trim()}`);
  const [user, system] = [...(child.stdout.toString().trim().split("\n").at(-1) ?? "").matchAll(/(\d+)m([\d.]+)s/g)]
    .map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000);
  return { wall, cpu: (user ?? 0) + (system ?? 0) };
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
  const verbatim = picked.filter((a) => newText.includes(a.exact)).length;
  return { oldText, newText, claims: picked, sentenceClaims, cases: used, words: countWords(newText), verbatim };
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
