// For bench:search: a newsroom's worth of claims made from the verified claims of CLEF 2020
// task 2 (Snopes claims and their article titles): 1,000 articles of 100 claims, each claim
// quoting its Snopes title in its article, a tenth published with a verdict, sources on a fifth.
import type { Database } from "../database/open-database";
import type { ClaimKind, Rating, ReviewState } from "../generated/prisma/enums";
import { readClefMatching } from "../matching/read-clef-matching";

const claimsPerArticle = 100;
const claimants = ["Donald Trump", "Barack Obama", "Hillary Clinton", "a viral Facebook post", "the White House", null];
const kinds: ClaimKind[] = ["statistic", "attribution", "event", "causal", "prediction", "other"];
const ratings: Rating[] = ["true", "mostly_true", "mixed", "misleading", "false", "unproven"];
const states: ReviewState[] = ["open", "open", "proposed", "changes_requested", "open"];
const tagSets = [["politics"], ["health", "vaccines"], ["immigration"], ["economy", "taxes"], [], []];

export async function loadSearchCorpus(db: Database, { claims: claimCount, clefFolder }: { claims: number; clefFolder: string }) {
  const verified = readClefMatching(clefFolder)
    .claims.map((c) => ({ statement: c.statement.trim(), context: (c.context ?? "").trim() }))
    .filter((c) => c.statement && c.context);
  const users = await Promise.all(
    ["Ana", "Ben", "Chloé", "Dev", "Eli"].map((name, i) =>
      db.prisma.user.create({ data: { email: `bench-${i}@search.test`, name: `${name} Bench`, passwordHash: "unusable", role: i === 0 ? "editor" : "journalist" } }),
    ),
  );
  const articleCount = Math.ceil(claimCount / claimsPerArticle);
  const day = 24 * 3_600_000;
  const start = Date.UTC(2024, 0, 1);
  for (let a = 0; a < articleCount; a++) {
    const members = Array.from({ length: Math.min(claimsPerArticle, claimCount - a * claimsPerArticle) }, (_, k) => a * claimsPerArticle + k);
    const quotes = members.map((i) => verified[i % verified.length]!.context);
    const text = quotes.join("\n\n");
    const lead = verified[(a * 7) % verified.length]!;
    const createdAt = new Date(start + a * day);
    const articleId = `benchart${a}`;
    const versionId = `benchver${a}`;
    await db.prisma.article.create({ data: { id: articleId, slug: `bench-search-${a}`, title: lead.context, publisher: a % 2 ? "AFP" : "Reuters", createdAt } });
    await db.prisma.articleVersion.create({ data: { id: versionId, articleId, number: 1, text, contentHash: `bench-${a}`, captureMethod: "pasted", capturedAt: createdAt } });
    let offset = 0;
    const anchors = quotes.map((exact) => {
      const anchor = { start: offset, end: offset + exact.length, exact };
      offset += exact.length + 2;
      return anchor;
    });
    await db.prisma.claim.createMany({
      data: members.map((i) => ({
        id: `benchclaim${i}`,
        slug: `bench-search-claim-${i}`,
        articleId,
        statement: verified[i % verified.length]!.statement,
        claimant: claimants[i % claimants.length],
        kind: kinds[i % kinds.length],
        tags: tagSets[i % tagSets.length],
        assigneeId: i % 3 === 0 ? users[i % users.length]!.id : null,
        reviewState: i % 10 === 0 ? "approved" : states[i % states.length],
        createdById: users[1]!.id,
        createdAt,
      })),
    });
    await db.prisma.anchor.createMany({ data: members.map((i, k) => ({ claimId: `benchclaim${i}`, versionId, outcome: "created" as const, ...anchors[k]! })) });
    if (a % 5 === 0) {
      const source = verified[(a * 13 + 1) % verified.length]!;
      await db.prisma.source.create({ data: { id: `benchsrc${a}`, url: `https://www.snopes.com/fact-check/bench-${a}`, title: source.context, publisher: "Snopes", excerpt: source.statement, kind: "news_report", createdAt } });
      await db.prisma.claimSource.createMany({ data: members.filter((i) => i % 5 === 0).map((i) => ({ claimId: `benchclaim${i}`, sourceId: `benchsrc${a}`, stance: "supports" as const })) });
    }
    const published = members.filter((i) => i % 10 === 0);
    await db.prisma.verdict.createMany({
      data: published.map((i) => {
        const claim = verified[i % verified.length]!;
        const rating = ratings[i % ratings.length]!;
        return {
          id: `benchverdict${i}`,
          claimId: `benchclaim${i}`,
          rating,
          rationale: `Checked against the record: ${claim.context}`,
          status: "approved" as const,
          proposedById: users[1]!.id,
          reviewedById: users[0]!.id,
          reviewedAt: createdAt,
          publishedAt: createdAt,
          snapshot: { statement: claim.statement, claimant: claimants[i % claimants.length] ?? null, kind: kinds[i % kinds.length]!, rating, rationale: `Checked against the record: ${claim.context}`, sources: [] },
        };
      }),
    });
  }
  await db.sql.exec(`UPDATE "Claim" c SET "publicVerdictId" = v."id", "publicUpdatedAt" = v."publishedAt" FROM "Verdict" v WHERE v."claimId" = c."id" AND v."status" = 'approved'`);
  // What autovacuum does after a bulk load (PGlite has none): statistics for the planner, and the
  // visibility map and hint bits, without which the first searches write to every page they read.
  await db.sql.exec("VACUUM ANALYZE");
  return { articles: articleCount, assigneeId: users[3]!.id };
}
