// Internal discussion on a claim; never shown to the public.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { notFound } from "../errors";

export const addCommentInput = z.object({
  claimId: z.string().min(1).max(100),
  body: z.string().trim().min(1, "Write a comment first.").max(5000, "Keep comments under 5,000 characters."),
});

export function addComment(prisma: PrismaClient, actorId: string, input: z.output<typeof addCommentInput>) {
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { articleId: true, deletedAt: true } });
    if (!claim || claim.deletedAt) throw notFound("The claim");
    const comment = await tx.comment.create({ data: { claimId: input.claimId, authorId: actorId, body: input.body } });
    await recordActivity(tx, actorId, {
      kind: "comment.added",
      articleId: claim.articleId,
      claimId: input.claimId,
      subjectId: comment.id,
      data: { excerpt: input.body.slice(0, 140) },
    });
    return { id: comment.id };
  });
}
