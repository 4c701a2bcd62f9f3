// `npm run bench:export`: seeds an article with 100,000 claims (quotes anchored in 100 copies of the
// demo story, two versions, sources on a fifth, a published verdict on a tenth), then streams its CSV
// export through the route's own response and prints time, rows, bytes and peak memory. On PGlite
// in data/bench-export by default (`-- --reuse` keeps a folder seeded by an earlier run); with
// DATABASE_URL, in a throwaway database on that server.
import { rmSync } from "node:fs";
import path from "node:path";
import { createSession, resolveSession } from "../auth/sessions";
import type { ClaimKind } from "../generated/prisma/enums";
import { openDatabase, type Database } from "../database/open-database";
import { prepareDatabase } from "../database/prepare-database";
import { articleExportResponse } from "../exports/export-response";
import { demoUsers } from "../seed/seed-demo";
import { createScratchDatabase } from "../testing/scratch-database";
import { demoStoryText } from "../testing/test-article";
import { quoteAnchor } from "../text/quote-anchor";
import { sentenceQuotes } from "../text/split-sentences";
import { createContextInner } from "../trpc";

const claimCount = Number(process.env.BENCH_CLAIMS ?? 100_000);
const batch = 2_000;
const copies = 100;
const claimants = ["UN", "Washington", "SANA", "the Syrian army", "Moscow", null];
const kinds: ClaimKind[] = ["statistic", "attribution", "event", "causal", "other"];
const ratings = ["true", "mostly_true", "mixed", "misleading", "false", "unproven"] as const;
const reuse = process.argv.includes("--reuse") && !process.env.DATABASE_URL;

async function open(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, "claimtrail_bench_export");
    const db = await openDatabase({ kind: "postgres", url: scratch.url });
    return { ...db, close: async () => (await db.close(), await scratch.drop()) };
  }
  const dataDir = path.resolve("data", "bench-export", "pglite");
  if (!reuse) rmSync(path.dirname(dataDir), { recursive: true, force: true });
  return openDatabase({ kind: "pglite", dataDir });
}

async function seed(db: Database) {
  await prepareDatabase(db, { seed: true, passwords: "documented" });
  const journalist = await db.prisma.user.findUniqueOrThrow({ where: { email: demoUsers.find((u) => u.role === "journalist")!.email } });
  const seeded = reuse ? await db.prisma.article.findUnique({ where: { slug: "bench-export" }, select: { slug: true } }) : null;
  if (seeded) return { article: seeded, journalistId: journalist.id };
  const editor = await db.prisma.user.findUniqueOrThrow({ where: { email: demoUsers.find((u) => u.role === "editor")!.email } });
  const text = Array.from({ length: copies }, (_, i) => `Part ${i + 1}\n\n${demoStoryText}`).join("\n\n");
  const part = text.length / copies;
  const sentences = sentenceQuotes(demoStoryText).filter((s) => s.exact.split(" ").length >= 5);
  const article = await db.prisma.article.create({
    data: {
      slug: "bench-export",
      title: `Bench: ${claimCount.toLocaleString("en")} claims`,
      publisher: "AFP",
      canonicalUrl: "https://example.com/aleppo",
      createdById: journalist.id,
      versions: {
        create: [1, 2].map((number) => ({ number, text, contentHash: `bench-${number}`, captureMethod: "pasted" as const, capturedById: journalist.id })),
      },
    },
    select: { id: true, slug: true, versions: { orderBy: { number: "asc" }, select: { id: true } } },
  });
  const [v1, v2] = article.versions.map((v) => v.id);
  const source = await db.prisma.source.create({ data: { url: "https://reliefweb.int/report/syria", title: "OCHA: Syria, \"east Aleppo\" situation report", publisher: "UN OCHA", kind: "official_statement" } });
  for (let from = 0; from < claimCount; from += batch) {
    const ids = Array.from({ length: Math.min(batch, claimCount - from) }, (_, k) => from + k);
    const id = (i: number) => `bench${String(i).padStart(7, "0")}`;
    const anchorOf = (i: number) => {
      const sentence = sentences[i % sentences.length]!;
      const offset = Math.round(part * (Math.floor(i / sentences.length) % copies));
      const start = text.indexOf(sentence.exact, offset);
      return quoteAnchor(text, start, start + sentence.exact.length);
    };
    await db.prisma.claim.createMany({
      data: ids.map((i) => ({
        id: id(i),
        slug: `bench-claim-${i}`,
        articleId: article.id,
        statement: `${claimants[i % claimants.length] ?? "The article"}: ${anchorOf(i).exact}`,
        claimant: claimants[i % claimants.length],
        kind: kinds[i % kinds.length],
        tags: i % 3 === 0 ? ["aleppo", "ceasefire"] : [],
        reviewState: i % 10 === 0 ? "approved" : "open",
        createdById: journalist.id,
      })),
    });
    await db.prisma.anchor.createMany({
      data: ids.flatMap((i) => {
        const anchor = anchorOf(i);
        const removed = i % 50 === 0;
        return [
          { claimId: id(i), versionId: v1!, outcome: "created" as const, ...anchor },
          removed ? { claimId: id(i), versionId: v2!, outcome: "removed" as const } : { claimId: id(i), versionId: v2!, outcome: i % 7 === 0 ? ("moved" as const) : ("unchanged" as const), ...anchor },
        ];
      }),
    });
    await db.prisma.claimSource.createMany({ data: ids.filter((i) => i % 5 === 0).map((i) => ({ claimId: id(i), sourceId: source.id, stance: i % 2 === 0 ? ("supports" as const) : ("contradicts" as const), note: "Figure from the report's page 2" })) });
    await db.prisma.verdict.createMany({
      data: ids
        .filter((i) => i % 10 === 0)
        .map((i) => ({ id: `v${id(i)}`, claimId: id(i), rating: ratings[i % ratings.length]!, rationale: "OCHA's estimate, October 2016.", status: "approved" as const, proposedById: journalist.id, reviewedById: editor.id, reviewedAt: new Date(), publishedAt: new Date() })),
    });
  }
  // The planner statistics PostgreSQL's autovacuum would gather after a bulk load; PGlite has no
  // autovacuum, and without them every page is planned for an empty table.
  await db.sql.exec("ANALYZE");
  return { article, journalistId: journalist.id };
}

const db = await open();
try {
  const t0 = performance.now();
  const { article, journalistId } = await seed(db);
  const seededIn = performance.now() - t0;
  const user = await resolveSession(db.prisma, await createSession(db.prisma, journalistId));
  globalThis.gc?.();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heapUsed: before.heapUsed };
  // Sampled after every chunk as well as on a timer: PGlite answers in microtasks, which can keep
  // the timer from firing for the whole export.
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  };
  const sampler = setInterval(sample, 20);

  const t1 = performance.now();
  const response = await articleExportResponse(createContextInner({ db, user }), article.slug, "csv");
  const reader = response.body!.getReader();
  let bytes = 0;
  let records = 0;
  let previous = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    sample();
    bytes += value.length;
    for (const byte of value) {
      if (byte === 10 && previous === 13) records++;
      previous = byte;
    }
  }
  const exportMs = performance.now() - t1;
  clearInterval(sampler);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${reuse ? "Reused" : "Seeded"} ${claimCount.toLocaleString("en")} claims (2 versions, sources on a fifth, verdicts on a tenth) on ${db.target.kind} in ${(seededIn / 1000).toFixed(1)} s`);
  console.log(`CSV export: ${(records - 1).toLocaleString("en")} rows, ${mb(bytes)} (${bytes.toLocaleString("en")} bytes) in ${(exportMs / 1000).toFixed(1)} s (${Math.round((records - 1) / (exportMs / 1000)).toLocaleString("en")} rows/s)`);
  // On PGlite the database lives in this process: its pages are most of the RSS before the export.
  console.log(`memory during the export: peak RSS ${mb(peak.rss)} (${mb(peak.rss - before.rss)} above the ${mb(before.rss)} before it), peak heap ${mb(peak.heapUsed)} (${mb(peak.heapUsed - before.heapUsed)} above ${mb(before.heapUsed)}); the file is ${mb(bytes)}`);
  if (response.status !== 200 || records - 1 !== claimCount) throw new Error(`expected ${claimCount} rows, got ${records - 1} (status ${response.status})`);
} finally {
  await db.close();
}
