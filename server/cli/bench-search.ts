// `npm run bench:search`: loads 100,000 claims made from CLEF 2020 task 2's verified claims
// (server/testing/search-corpus.ts) into PGlite (a temporary folder) and, with BENCH_DATABASE_URL
// or TEST_DATABASE_URL, into a throwaway PostgreSQL database, then times a mixed set of workspace
// and public searches through the search services and prints p50/p95 per database, p95 last.
// `-- DIR` reads another CLEF folder; BENCH_CLAIMS sets the number of claims.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../database/apply-migrations";
import { openDatabase, type Database } from "../database/open-database";
import { searchPublished, publicSearchInput } from "../search/search-public";
import { searchWorkspace, workspaceSearchInput } from "../search/search-workspace";
import { createScratchDatabase } from "../testing/scratch-database";
import { loadSearchCorpus } from "../testing/search-corpus";

const claimCount = Number(process.env.BENCH_CLAIMS ?? 100_000);
const clefFolder = process.argv[2] ?? path.resolve("..", "shared", "eval", "clef2020-task2", "dev");
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const rounds = 5;

type Search = { label: string; run(db: Database): Promise<unknown> };

function querySet(assigneeId: string): Search[] {
  const workspace = (label: string, input: Record<string, unknown>): Search => ({
    label,
    run: (db) => searchWorkspace(db.prisma, workspaceSearchInput.parse({ text: "", ...input })),
  });
  const published = (label: string, text: string): Search => ({ label, run: (db) => searchPublished(db.prisma, publicSearchInput.parse({ text })) });
  return [
    ...["obama", "vaccine", "guantanamo", "immigrants", "hurricane"].map((text) => workspace(`word: ${text}`, { text })),
    ...['"climate change"', '"social security"', "flu shot deaths"].map((text) => workspace(`phrase: ${text}`, { text })),
    ...["70 per cent", "122 detainees", "$15 minimum wage"].map((text) => workspace(`figure: ${text}`, { text })),
    ...["Nancy Pelosi", "Donald Trump", "George Soros"].map((text) => workspace(`name: ${text}`, { text })),
    ...["guantanmo", "vacine", "pelosy"].map((text) => workspace(`misspelt: ${text}`, { text })),
    ...["trump -russia", "obama or clinton", '"unbalanced', "a & | ! b", `'; DROP TABLE "Claim"; --`, "🔥 obama 🙂"].map((text) => workspace(`operators: ${text}`, { text })),
    workspace("long: 10,000 characters", { text: "the president said taxes would rise ".repeat(280).slice(0, 10_000) }),
    workspace("filtered: obama, statistics", { text: "obama", kind: "statistic" }),
    workspace("filtered: trump, published", { text: "trump", state: "approved" }),
    workspace("filtered: tax, rated false", { text: "tax", rating: "false" }),
    workspace("filtered: police, assignee", { text: "police", assigneeId }),
    workspace("filtered: health, 2025", { text: "health", from: new Date("2025-01-01"), to: new Date("2025-12-31") }),
    workspace("page 3: trump", { text: "trump", page: 3 }),
    workspace("claims only: obama", { text: "obama", type: "claim" }),
    ...["obama", "climate change", "vacine", "trump -russia", "hillary clinton emails"].map((text) => published(`public: ${text}`, text)),
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(db: Database, label: string) {
  const t0 = performance.now();
  await applyMigrations(db.sql);
  const { assigneeId } = await loadSearchCorpus(db, { claims: claimCount, clefFolder });
  console.log(`${label}: loaded ${claimCount.toLocaleString("en")} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const searches = querySet(assigneeId);
  // Warm-up: every connection of the pool (up to 10, a search uses several at once) pays for its
  // first reads of each table, 200-300 ms on this VM; a running server's connections are warm.
  for (let round = 0; round < 3; round++) for (const search of searches) await search.run(db);
  const times: number[] = [];
  const slowest = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const search of searches) {
      const t = performance.now();
      await search.run(db);
      const ms = performance.now() - t;
      times.push(ms);
      slowest.set(search.label, Math.max(slowest.get(search.label) ?? 0, ms));
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const worst = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`${label}: ${times.length} searches (${searches.length} queries × ${rounds}); slowest: ${worst.map(([l, ms]) => `${l} ${ms.toFixed(1)} ms`).join(", ")}`);
  console.log(`${label}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`);
  return percentile(sorted, 95);
}

async function onPglite() {
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-bench-search-"));
  const db = await openDatabase({ kind: "pglite", dataDir: dir });
  try {
    return await measure(db, "PGlite");
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string) {
  const scratch = await createScratchDatabase(url, "claimtrail_bench_search");
  const db = await openDatabase({ kind: "postgres", url: scratch.url });
  try {
    return await measure(db, "PostgreSQL");
  } finally {
    await db.close();
    await scratch.drop();
  }
}

const only = process.env.BENCH_ONLY; // "pglite" or "postgres", to measure one database
const pgliteP95 = only === "postgres" ? null : await onPglite();
const postgresP95 = serverUrl && only !== "pglite" ? await onPostgres(serverUrl) : null;
if (!serverUrl) console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)");
console.log(`p95 ${(postgresP95 ?? pgliteP95)!.toFixed(1)}`);
