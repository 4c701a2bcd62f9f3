// Merges a duplicate claim into the one kept: its sources, anchors and comments move over, and the
// duplicate is soft-deleted with a pointer to the survivor. Both claims are locked first, so merges
// that touch the same claim run one after the other and the later one sees what the first did.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";
import { publishedClaimMessage } from "./delete-claim";

export function mergeClaims(prisma: PrismaClient, actorId: string, keepClaimId: string, mergeClaimId: string) {
  return prisma.$transaction(async (tx) => {
    await lockClaims(tx, [keepClaimId, mergeClaimId]);
    const [keep, merge] = await Promise.all([
      tx.claim.findUnique({ where: { id: keepClaimId } }),
      tx.claim.findUnique({ where: { id: mergeClaimId }, include: { publicVerdict: { select: { status: true } } } }),
    ]);
    if (!keep || !merge) throw notFound("The claim");
    if (keep.mergedIntoId || merge.mergedIntoId) {
      throw conflict("One of these claims was just merged into another claim. Reload the article to see where it went.");
    }
    if (keep.deletedAt || merge.deletedAt) throw invalid("Deleted claims cannot be merged; restore them first.");
    if (merge.publicVerdict?.status === "approved") throw invalid(publishedClaimMessage, "mergeClaimId");
    if (keep.articleId !== merge.articleId) throw invalid("Only claims of the same article can be merged.", "mergeClaimId");

    const keptSources = new Set((await tx.claimSource.findMany({ where: { claimId: keepClaimId } })).map((l) => l.sourceId));
    const moving = await tx.claimSource.findMany({ where: { claimId: mergeClaimId } });
    const movable = moving.filter((link) => !keptSources.has(link.sourceId));
    await tx.claimSource.updateMany({ where: { id: { in: movable.map((l) => l.id) } }, data: { claimId: keepClaimId } });
    await tx.claimSource.deleteMany({ where: { claimId: mergeClaimId } });

    const keptVersions = new Set((await tx.anchor.findMany({ where: { claimId: keepClaimId } })).map((a) => a.versionId));
    await tx.anchor.updateMany({
      where: { claimId: mergeClaimId, versionId: { notIn: [...keptVersions] } },
      data: { claimId: keepClaimId },
    });
    await tx.comment.updateMany({ where: { claimId: mergeClaimId }, data: { claimId: keepClaimId } });
    await tx.claim.update({
      where: { id: mergeClaimId },
      data: { deletedAt: new Date(), deletedById: actorId, mergedIntoId: keepClaimId, revision: { increment: 1 } },
    });
    await tx.claim.update({ where: { id: keepClaimId }, data: { revision: { increment: 1 } } });
    await recordActivity(tx, actorId, {
      kind: "claim.merged",
      articleId: merge.articleId,
      claimId: mergeClaimId,
      data: { into: keepClaimId, intoStatement: keep.statement },
    });
    await recordActivity(tx, actorId, {
      kind: "claim.absorbed",
      articleId: keep.articleId,
      claimId: keepClaimId,
      data: { from: mergeClaimId, fromStatement: merge.statement, sourcesMoved: movable.length },
    });
    return { id: keepClaimId };
  });
}

// Locks in id order, whatever the roles of the two claims: opposite merges (A into B, B into A)
// then queue behind each other instead of each holding one lock and waiting for the other.
async function lockClaims(tx: Prisma.TransactionClient, ids: string[]) {
  const ordered = [...ids].sort();
  await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "id" = ANY(${ordered}) ORDER BY "id" FOR UPDATE`;
}
