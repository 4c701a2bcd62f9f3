// The editors' queue: proposed verdicts oldest first, then published claims an article update
// flagged for re-check, with what changed in them.
import type { PrismaClient } from "../generated/prisma/client";
import { readAnchorChanges } from "../versions/anchor-changes";

export async function loadReviewQueue(prisma: PrismaClient) {
  const [proposed, recheck] = await Promise.all([
    prisma.verdict.findMany({
      where: { status: "proposed", claim: { deletedAt: null } },
      orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        rating: true,
        rationale: true,
        proposedAt: true,
        proposedBy: { select: { name: true } },
        claim: { select: { id: true, statement: true, claimant: true, article: { select: { slug: true, title: true } } } },
      },
    }),
    prisma.claim.findMany({
      where: { needsRecheck: true, deletedAt: null, publicVerdict: { status: "approved" } },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        statement: true,
        publicVerdict: { select: { rating: true } },
        article: { select: { slug: true, title: true } },
        anchors: { orderBy: { version: { number: "desc" } }, take: 1, select: { exact: true, changes: true, version: { select: { number: true } } } },
      },
    }),
  ]);
  return {
    proposed,
    // What changed in the version that flagged it: its change kinds and figures, or that it is gone.
    recheck: recheck.map(({ anchors: [latest], ...claim }) => ({
      ...claim,
      change: latest ? { versionNumber: latest.version.number, removed: latest.exact === null, ...readAnchorChanges(latest.changes) } : null,
    })),
  };
}

export async function countReviewQueue(prisma: PrismaClient) {
  const [proposed, recheck] = await Promise.all([
    prisma.verdict.count({ where: { status: "proposed", claim: { deletedAt: null } } }),
    prisma.claim.count({ where: { needsRecheck: true, deletedAt: null, publicVerdict: { status: "approved" } } }),
  ]);
  return proposed + recheck;
}
