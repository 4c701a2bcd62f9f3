// A journalist proposes a rating and rationale resting on some of the claim's linked sources; the
// claim then waits in the editors' review queue.
import type { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";
import type { proposeVerdictInput } from "./verdict-schemas";

export function proposeVerdict(prisma: PrismaClient, actorId: string, input: z.output<typeof proposeVerdictInput>) {
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { id: true, articleId: true, deletedAt: true, reviewState: true, sources: { select: { sourceId: true, stance: true } } },
    });
    if (!claim) throw notFound("The claim");
    if (claim.deletedAt) throw invalid("This claim was deleted; restore it before proposing a verdict.");
    if (input.rating !== "unproven" && input.sourceIds.length === 0) {
      throw invalid("Choose at least one of the claim's sources the verdict rests on.", "sourceIds");
    }
    const stanceOf = new Map(claim.sources.map((link) => [link.sourceId, link.stance]));
    const unlinked = input.sourceIds.filter((id) => !stanceOf.has(id));
    if (unlinked.length > 0) throw invalid("A verdict can only rest on sources linked to the claim.", "sourceIds");

    // Claimed atomically: two proposals sent at once cannot both pass.
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, reviewState: { not: "proposed" } },
      data: { reviewState: "proposed" },
    });
    if (moved.count === 0) throw conflict("A verdict on this claim is already waiting for an editor's review.");

    const verdict = await tx.verdict.create({
      data: {
        claimId: claim.id,
        rating: input.rating,
        rationale: input.rationale,
        proposedById: actorId,
        sources: { create: input.sourceIds.map((sourceId) => ({ sourceId, stance: stanceOf.get(sourceId)! })) },
      },
      select: { id: true },
    });
    await recordActivity(tx, actorId, {
      kind: "verdict.proposed",
      articleId: claim.articleId,
      claimId: claim.id,
      subjectId: verdict.id,
      data: { rating: input.rating, sources: input.sourceIds.length },
    });
    return { verdictId: verdict.id };
  });
}
