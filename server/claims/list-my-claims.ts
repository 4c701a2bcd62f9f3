// A journalist's own claims (created by them or assigned to them), newest first, by review state.
import type { PrismaClient } from "../generated/prisma/client";

export async function listMyClaims(prisma: PrismaClient, userId: string) {
  return prisma.claim.findMany({
    where: { deletedAt: null, OR: [{ createdById: userId }, { assigneeId: userId }] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      statement: true,
      reviewState: true,
      needsRecheck: true,
      updatedAt: true,
      article: { select: { slug: true, title: true } },
      verdicts: {
        where: { status: "changes_requested" },
        orderBy: { reviewedAt: "desc" },
        take: 1,
        select: { reviewComment: true, reviewedBy: { select: { name: true } } },
      },
    },
  });
}
