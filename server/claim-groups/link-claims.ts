// Links two claims as the same claim made again: they end up in one group (a new one, the
// group one of them is in, or both groups joined). A claim is in at most one group, so a
// group can never hold it twice; deleted claims and claims of deleted articles are refused.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";

const id = z.string().min(1).max(100);

export const linkClaimsInput = z
  .object({ claimId: id, otherClaimId: id })
  .refine((l) => l.claimId !== l.otherClaimId, { message: "A claim cannot be linked to itself.", path: ["otherClaimId"] });

export const unlinkClaimInput = z.object({ claimId: id });

const memberSelect = { id: true, statement: true, articleId: true, deletedAt: true, claimGroupId: true, article: { select: { deletedAt: true } } };

export function linkClaims(prisma: PrismaClient, actorId: string, input: z.infer<typeof linkClaimsInput>) {
  return prisma.$transaction(async (tx) => {
    const [claim, other] = await Promise.all([
      tx.claim.findUnique({ where: { id: input.claimId }, select: memberSelect }),
      tx.claim.findUnique({ where: { id: input.otherClaimId }, select: memberSelect }),
    ]);
    // A claim of a deleted article is not shown to anyone: it is treated as missing.
    if (!claim || claim.article.deletedAt) throw notFound("The claim");
    if (!other || other.article.deletedAt) throw notFound("The claim to link");
    if (claim.deletedAt || other.deletedAt) throw invalid("A deleted claim cannot be linked; restore it first.", "otherClaimId");
    if (claim.claimGroupId && claim.claimGroupId === other.claimGroupId) {
      throw conflict("These claims are already linked as the same claim.", { groupId: claim.claimGroupId });
    }
    const groupId =
      claim.claimGroupId ?? other.claimGroupId ?? (await tx.claimGroup.create({ data: { createdById: actorId }, select: { id: true } })).id;
    const joining = [claim, other].filter((c) => c.claimGroupId !== groupId);
    const absorbed = joining.map((c) => c.claimGroupId).filter((g): g is string => g !== null);
    await tx.claim.updateMany({
      where: { OR: [{ id: { in: joining.map((c) => c.id) } }, { claimGroupId: { in: absorbed } }] },
      data: { claimGroupId: groupId },
    });
    if (absorbed.length > 0) await tx.claimGroup.deleteMany({ where: { id: { in: absorbed } } });
    for (const [self, peer] of [
      [claim, other],
      [other, claim],
    ] as const) {
      await recordActivity(tx, actorId, {
        kind: "claim.linked",
        articleId: self.articleId,
        claimId: self.id,
        subjectId: groupId,
        data: { with: peer.id, withStatement: peer.statement },
      });
    }
    return { groupId };
  });
}

export function unlinkClaim(prisma: PrismaClient, actorId: string, input: z.infer<typeof unlinkClaimInput>) {
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: memberSelect });
    if (!claim || claim.article.deletedAt) throw notFound("The claim");
    if (!claim.claimGroupId) throw invalid("This claim is not linked to any other claim.", "claimId");
    const groupId = claim.claimGroupId;
    await tx.claim.update({ where: { id: claim.id }, data: { claimGroupId: null } });
    // A group of one is no group: its last member is released too.
    const left = await tx.claim.findMany({ where: { claimGroupId: groupId }, select: { id: true } });
    if (left.length < 2) {
      await tx.claim.updateMany({ where: { claimGroupId: groupId }, data: { claimGroupId: null } });
      await tx.claimGroup.delete({ where: { id: groupId } });
    }
    await recordActivity(tx, actorId, { kind: "claim.unlinked", articleId: claim.articleId, claimId: claim.id, subjectId: groupId, data: {} });
    return { groupId: left.length < 2 ? null : groupId };
  });
}
