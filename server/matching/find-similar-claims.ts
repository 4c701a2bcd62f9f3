// "Seen before" in the workspace: existing claims of OTHER articles that look like the one being
// written, with their verdict and why they match. The database narrows the pool to claims that
// contain one of the text's rarer words (a bounded query); the matcher ranks that pool in memory.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import type { Prisma } from "../generated/prisma/client";
import { claimVerdictLabel } from "../claims/claim-verdict-label";
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

/** The longest distinct stems of the text: a cheap stand-in for its rarest words. */
function prefilterStems(text: string): string[] {
  const stems = [...new Set(matchTerms(text).map((t) => t.term))].filter((t) => t.length >= 4 && !/^\d+$/.test(t));
  return stems.sort((a, b) => b.length - a.length).slice(0, PREFILTER_WORDS);
}

export async function findSimilarClaims(prisma: PrismaClient, input: z.infer<typeof similarClaimsInput>) {
  const stems = prefilterStems(input.text);
  if (stems.length === 0) return [];
  const pool = await prisma.claim.findMany({
    where: {
      deletedAt: null,
      articleId: { not: input.articleId },
      article: { deletedAt: null },
      OR: stems.flatMap((stem) => [
        { statement: { contains: stem, mode: "insensitive" as const } },
        { anchors: { some: { exact: { contains: stem, mode: "insensitive" as const } } } },
      ]),
    },
    orderBy: { createdAt: "desc" },
    take: POOL,
    select: candidateSelect,
  });
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
