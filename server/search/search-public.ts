// Public search: published claims found by what editors approved (the verdict snapshot's
// statement, claimant and rationale), never by workspace fields that may hold unpublished edits.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { publicClaimSummary, publicClaimSummarySelect } from "../publication/public-claims";
import { splitHighlights } from "./highlight";
import { headline, inSearchTransaction, tsQuery } from "./search-sql";
import { searchTextInput, withSimilarSpellings } from "./search-text";

export const publicPageSize = 20;

export const publicSearchInput = z.object({ text: searchTextInput, page: z.number().int().min(1).max(50).default(1) });

type PublicHit = { id: string; statement: string; rationale: string };

function snapshotField(name: "statement" | "rationale") {
  return Prisma.sql`(v."snapshot" ->> ${Prisma.raw(`'${name}'`)})`;
}

function rankedPublicHits(tx: Prisma.TransactionClient, text: string, page: number) {
  return withSimilarSpellings(text, page, publicPageSize, (similar, page) => rankPublicHits(tx, text, similar, page));
}

function rankPublicHits(tx: Prisma.TransactionClient, text: string, similar: boolean, page: number) {
  const query = tsQuery(text);
  const exact = Prisma.sql`v."searchDocument" @@ ${query}`;
  const published = Prisma.sql`FROM "Claim" c JOIN "Verdict" v ON v."id" = c."publicVerdictId"`;
  // Each way of matching on its own index (an OR of the two read every verdict), the best rank
  // kept; headlines only for the page's rows: ts_headline is the costly part.
  return tx.$queryRaw<PublicHit[]>(
    Prisma.sql`WITH hits AS (
      SELECT id, verdict, max(rank) AS rank FROM (
        SELECT c."id", v."id" AS verdict, ts_rank_cd(v."searchDocument", ${query}) AS rank ${published} WHERE ${exact}
        ${similar ? Prisma.sql`UNION ALL SELECT c."id", v."id", 0.5 * word_similarity(${text}, ${snapshotField("statement")}) ${published} WHERE ${snapshotField("statement")} %> ${text}` : Prisma.empty}
      ) found
      GROUP BY id, verdict
      ORDER BY rank DESC, id
      LIMIT ${publicPageSize + 1} OFFSET ${(page - 1) * publicPageSize}
    )
    SELECT hits."id",
      ${headline(snapshotField("statement"), text, { whole: true })} AS statement,
      ${headline(snapshotField("rationale"), text, { whole: false })} AS rationale
    FROM hits JOIN "Verdict" v ON v."id" = hits.verdict
    ORDER BY hits.rank DESC, hits."id"`,
  );
}

export function searchPublished(prisma: PrismaClient, { text, page }: z.output<typeof publicSearchInput>) {
  if (!text) return Promise.resolve({ items: [], hasMore: false });
  return inSearchTransaction(prisma, async (tx) => {
    const found = await rankedPublicHits(tx, text, page);
    const hits = found.slice(0, publicPageSize);
    const rows = await tx.claim.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: publicClaimSummarySelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = hits.map((hit) => ({
      ...publicClaimSummary(byId.get(hit.id)!),
      statement: splitHighlights(hit.statement),
      rationale: splitHighlights(hit.rationale),
    }));
    return { items, hasMore: found.length > publicPageSize };
  });
}
