// A claim's side panel in the workspace: sources with stance, comments and its history.
import type { PrismaClient } from "../generated/prisma/client";
import { notFound } from "../errors";
import { sourceSelect } from "../sources/manage-sources";

export async function loadClaimDetails(prisma: PrismaClient, claimId: string) {
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      sources: {
        orderBy: { createdAt: "asc" },
        select: { stance: true, note: true, createdAt: true, source: { select: sourceSelect } },
      },
      comments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      activities: {
        orderBy: { at: "desc" },
        take: 100,
        select: { id: true, at: true, kind: true, data: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!claim) throw notFound("The claim");
  return claim;
}

export async function listArticleActivity(prisma: PrismaClient, articleId: string) {
  return prisma.activity.findMany({
    where: { articleId },
    orderBy: { at: "desc" },
    take: 100,
    select: { id: true, at: true, kind: true, data: true, claimId: true, actor: { select: { name: true } } },
  });
}
