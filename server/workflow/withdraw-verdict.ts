// Editors' actions on a published verdict: withdraw it with a public reason, or confirm after an
// article update that it still holds (clearing "needs re-check").
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";
import { claimPageTags, recordPublicChange } from "../publication/public-change-log";
import type { withdrawVerdictInput } from "./verdict-schemas";

async function publishedClaim(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      slug: true,
      articleId: true,
      reviewState: true,
      needsRecheck: true,
      article: { select: { slug: true } },
      publicVerdict: { select: { id: true, status: true, rating: true } },
    },
  });
  if (!claim) throw notFound("The claim");
  if (claim.publicVerdict?.status !== "approved") throw invalid("This claim has no published verdict.");
  return { ...claim, publicVerdict: claim.publicVerdict };
}

export function withdrawVerdict(prisma: PrismaClient, actorId: string, input: z.output<typeof withdrawVerdictInput>) {
  return prisma.$transaction(async (tx) => {
    const claim = await publishedClaim(tx, input.claimId);
    const now = new Date();
    const withdrawn = await tx.verdict.updateMany({
      where: { id: claim.publicVerdict.id, status: "approved" },
      data: { status: "withdrawn", withdrawnById: actorId, withdrawnAt: now, withdrawalReason: input.reason },
    });
    if (withdrawn.count === 0) throw conflict("This verdict was withdrawn or revised a moment ago; reload the claim.");
    await tx.claim.update({
      where: { id: claim.id },
      // A revision already waiting for review keeps waiting; otherwise the claim is open again.
      data: { reviewState: claim.reviewState === "approved" ? "open" : claim.reviewState, needsRecheck: false, publicUpdatedAt: now },
    });
    await recordActivity(tx, actorId, {
      kind: "verdict.withdrawn",
      articleId: claim.articleId,
      claimId: claim.id,
      subjectId: claim.publicVerdict.id,
      data: { rating: claim.publicVerdict.rating, reason: input.reason.slice(0, 200) },
    });
    await recordPublicChange(tx, claimPageTags(claim.slug, claim.article.slug));
    return { claimId: claim.id };
  });
}

export function confirmVerdictStillHolds(prisma: PrismaClient, actorId: string, claimId: string) {
  return prisma.$transaction(async (tx) => {
    const claim = await publishedClaim(tx, claimId);
    const cleared = await tx.claim.updateMany({ where: { id: claim.id, needsRecheck: true }, data: { needsRecheck: false } });
    if (cleared.count === 0) throw invalid("This claim is not waiting for a re-check.");
    await recordActivity(tx, actorId, {
      kind: "verdict.confirmed",
      articleId: claim.articleId,
      claimId: claim.id,
      subjectId: claim.publicVerdict.id,
      data: { rating: claim.publicVerdict.rating },
    });
    await recordPublicChange(tx, claimPageTags(claim.slug, claim.article.slug));
    return { claimId: claim.id };
  });
}
