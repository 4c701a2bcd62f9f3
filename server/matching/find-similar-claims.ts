// "Seen before" in the workspace: existing claims of OTHER articles that look like the one being
// written, with their verdict and why they match. The database narrows the pool to the claims
// sharing most of the text's rarer words (full-text indexes, bounded); the matcher ranks that pool
// in memory.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { claimVerdictLabel } from "../claims/claim-verdict-label";
import { tsQuery } from "../search/search-sql";
import { matchTerms } from "./match-terms";
import { indexClaims, rankSimilarClaims } from "./rank-similar-claims";

export const similarClaimsInput = z.object({
  articleId: z.string().min(1).max(100),
  // Statement and quote together, each within its own limit.
  text: z.string().trim().max(6100),
  claimant: z.string().trim().max(200).nullish(),
});

const POOL = 300;
const PREFILTER_WORDS = 8;
const SHOWN = 5;
// Below this the matcher finds little in common: better to show nothing than noise.
const MIN_SCORE = 0.2;

const candidateSelect = {
  id: true,
  slug: true,
  statement: true,
  claimant: true,
  reviewState: true,
  claimGroupId: true,
  article: { select: { slug: true, title: true } },
  publicVerdict: { select: { status: true, rating: true } },
  anchors: { orderBy: { version: { number: "desc" } }, take: 1, where: { exact: { not: null } }, select: { exact: true } },
} satisfies Prisma.ClaimSelect;

/** The text's longest distinct words (one per stem): a cheap stand-in for its rarest words. */
function prefilterWords(text: string): string[] {
  const byStem = new Map<string, string>();
  for (const { term, word } of matchTerms(text)) if (term.length >= 4 && !/^\d+$/.test(term) && !byStem.has(term)) byStem.set(term, word);
  return [...byStem.values()].sort((a, b) => b.length - a.length).slice(0, PREFILTER_WORDS);
}

/** Claims of other live articles whose statement, claimant, tags or quote share most of `words`. */
async function poolIds(prisma: PrismaClient, articleId: string, words: string[]): Promise<string[]> {
  // Any of the words (websearch's `or`), ranked by how much of the query each document holds.
  const query = tsQuery(words.join(" or "));
  const elsewhere = Prisma.sql`c."deletedAt" IS NULL AND c."articleId" <> ${articleId} AND EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = c."articleId" AND a."deletedAt" IS NULL)`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM (
      SELECT c."id", ts_rank(c."searchDocument", ${query}) AS rank FROM "Claim" c WHERE c."searchDocument" @@ ${query} AND ${elsewhere}
      UNION ALL
      SELECT c."id", ts_rank(q."searchDocument", ${query}) FROM "Anchor" q JOIN "Claim" c ON c."id" = q."claimId" WHERE q."searchDocument" @@ ${query} AND ${elsewhere}
    ) matches GROUP BY id ORDER BY max(rank) DESC, id LIMIT ${POOL}`;
  return rows.map((row) => row.id);
}

export async function findSimilarClaims(prisma: PrismaClient, input: z.infer<typeof similarClaimsInput>) {
  const words = prefilterWords(input.text);
  if (words.length === 0) return [];
  const ids = await poolIds(prisma, input.articleId, words);
  const found = new Map((await prisma.claim.findMany({ where: { id: { in: ids } }, select: candidateSelect })).map((claim) => [claim.id, claim]));
  // A claim deleted between the two queries is left out.
  const pool = ids.flatMap((id) => found.get(id) ?? []);
  const byId = new Map(pool.map((claim) => [claim.id, claim]));
  const index = indexClaims(
    pool.map((claim) => ({ id: claim.id, statement: claim.statement, context: claim.anchors[0]?.exact, claimant: claim.claimant })),
  );
  return rankSimilarClaims(index, { text: input.text, claimant: input.claimant }, { limit: SHOWN })
    .filter((match) => match.score >= MIN_SCORE)
    .map((match) => {
      const claim = byId.get(match.id)!;
      return {
        claimId: claim.id,
        slug: claim.slug,
        statement: claim.statement,
        claimant: claim.claimant,
        article: claim.article,
        groupId: claim.claimGroupId,
        verdict: claimVerdictLabel(claim),
        score: Math.round(match.score * 100) / 100,
        reasons: match.reasons,
      };
    });
}


export type SimilarClaimView = Awaited<ReturnType<typeof findSimilarClaims>>[number];
