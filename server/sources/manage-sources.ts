// Sources are shared evidence: created once, found again by URL or title, linked to many claims
// with a stance.
import type { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { invalid, notFound } from "../errors";
import type { createSourceInput, linkSourceInput } from "./source-schemas";

export const sourceSelect = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  kind: true,
  accessedAt: true,
  excerpt: true,
} satisfies Prisma.SourceSelect;

export function createSource(prisma: PrismaClient, actorId: string, input: z.output<typeof createSourceInput>) {
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: { ...input, accessedAt: input.accessedAt ?? new Date(), createdById: actorId },
      select: sourceSelect,
    });
    await recordActivity(tx, actorId, { kind: "source.created", subjectId: source.id, data: { url: source.url, title: source.title } });
    return source;
  });
}

export function searchSources(prisma: PrismaClient, query: string) {
  return prisma.source.findMany({
    where: {
      OR: [{ url: { contains: query, mode: "insensitive" } }, { title: { contains: query, mode: "insensitive" } }],
    },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: sourceSelect,
  });
}

async function liveClaim(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true, deletedAt: true } });
  if (!claim || claim.deletedAt) throw notFound("The claim");
  return claim;
}

export function linkSource(prisma: PrismaClient, actorId: string, input: z.output<typeof linkSourceInput>) {
  return prisma.$transaction(async (tx) => {
    const claim = await liveClaim(tx, input.claimId);
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: sourceSelect });
    if (!source) throw notFound("The source");
    try {
      await tx.claimSource.create({
        data: { claimId: claim.id, sourceId: source.id, stance: input.stance, note: input.note, createdById: actorId },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw invalid("This source is already linked to the claim.", "sourceId");
      }
      throw error;
    }
    await recordActivity(tx, actorId, {
      kind: "source.linked",
      articleId: claim.articleId,
      claimId: claim.id,
      subjectId: source.id,
      data: { title: source.title, stance: input.stance, note: input.note },
    });
    return { claimId: claim.id, sourceId: source.id };
  });
}

export function unlinkSource(prisma: PrismaClient, actorId: string, claimId: string, sourceId: string) {
  return prisma.$transaction(async (tx) => {
    const claim = await liveClaim(tx, claimId);
    const link = await tx.claimSource.findUnique({
      where: { claimId_sourceId: { claimId, sourceId } },
      include: { source: { select: { title: true } } },
    });
    if (!link) throw notFound("The link between this claim and source");
    await tx.claimSource.delete({ where: { id: link.id } });
    await recordActivity(tx, actorId, {
      kind: "source.unlinked",
      articleId: claim.articleId,
      claimId,
      subjectId: sourceId,
      data: { title: link.source.title, stance: link.stance },
    });
    return { claimId, sourceId };
  });
}
