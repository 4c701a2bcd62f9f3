// An article's live claims for the workspace exports, read a page at a time by id (keyset
// pagination), so an export of 100,000 claims holds one page in memory, never the whole article.
// Deleted (and merged-away) claims are left out: see docs/decisions/0007-exports-and-embeds.md.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const exportPageSize = 500;

const exportClaimSelect = {
  id: true,
  slug: true,
  statement: true,
  claimant: true,
  kind: true,
  tags: true,
  reviewState: true,
  needsRecheck: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: { name: true } },
  anchors: {
    orderBy: { version: { number: "asc" } },
    select: { outcome: true, exact: true, prefix: true, suffix: true, start: true, end: true, version: { select: { id: true, number: true } } },
  },
  sources: {
    orderBy: { createdAt: "asc" },
    select: { stance: true, note: true, source: { select: { title: true, url: true, publisher: true, kind: true } } },
  },
  verdicts: {
    orderBy: { proposedAt: "asc" },
    select: { status: true, rating: true, proposedAt: true, reviewedAt: true, publishedAt: true, withdrawnAt: true, withdrawalReason: true },
  },
} satisfies Prisma.ClaimSelect;

export type ExportClaim = Prisma.ClaimGetPayload<{ select: typeof exportClaimSelect }>;

/** Live claims of the article; with `anchoredIn`, only those that stand in that version. */
export function exportClaimsWhere(articleId: string, anchoredIn?: string): Prisma.ClaimWhereInput {
  return { articleId, deletedAt: null, ...(anchoredIn ? { anchors: { some: { versionId: anchoredIn, start: { not: null } } } } : {}) };
}

export async function* exportClaimPages(prisma: PrismaClient, where: Prisma.ClaimWhereInput, pageSize = exportPageSize): AsyncGenerator<ExportClaim[]> {
  let after: string | undefined;
  for (;;) {
    const page = await prisma.claim.findMany({
      where: { ...where, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: exportClaimSelect,
    });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page.at(-1)!.id;
  }
}
