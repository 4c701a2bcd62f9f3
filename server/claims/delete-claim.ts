// Soft deletion: a deleted claim leaves the workspace but keeps its data and history, and can
// be restored.
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { invalid, notFound } from "../errors";

export const publishedClaimMessage = "This claim's verdict is published: an editor must withdraw it before the claim can be deleted or merged away.";

export function setClaimDeleted(prisma: PrismaClient, actorId: string, claimId: string, deleted: boolean) {
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { publicVerdict: { select: { status: true } } } });
    if (!claim) throw notFound("The claim");
    if (deleted && claim.publicVerdict?.status === "approved") throw invalid(publishedClaimMessage);
    if (claim.mergedIntoId && !deleted) throw invalid("This claim was merged into another one and cannot be restored.");
    if (Boolean(claim.deletedAt) === deleted) return { id: claimId, deleted };
    await tx.claim.update({
      where: { id: claimId },
      data: deleted
        ? { deletedAt: new Date(), deletedById: actorId, revision: { increment: 1 } }
        : { deletedAt: null, deletedById: null, revision: { increment: 1 } },
    });
    await recordActivity(tx, actorId, {
      kind: deleted ? "claim.deleted" : "claim.restored",
      articleId: claim.articleId,
      claimId,
      data: { statement: claim.statement },
    });
    return { id: claimId, deleted };
  });
}
