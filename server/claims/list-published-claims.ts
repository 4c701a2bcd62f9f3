// Published claims for the public pages: only claims with an approved verdict, through a select
// that names every public column, so a private field cannot leak by being added to the model.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const publicClaimSelect = {
  slug: true,
  statement: true,
  claimant: true,
  kind: true,
  article: { select: { slug: true, title: true, publisher: true } },
  verdicts: {
    where: { status: "approved" },
    orderBy: { publishedAt: "desc" },
    take: 1,
    select: { rating: true, rationale: true, publishedAt: true },
  },
} satisfies Prisma.ClaimSelect;

export async function listPublishedClaims(prisma: PrismaClient, { cursor, limit }: { cursor?: string; limit: number }) {
  const rows = await prisma.claim.findMany({
    where: { deletedAt: null, verdicts: { some: { status: "approved" } } },
    orderBy: [{ updatedAt: "desc" }, { slug: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { slug: cursor }, skip: 1 } : {}),
    select: publicClaimSelect,
  });
  const items = rows.slice(0, limit).map(({ verdicts, ...claim }) => ({ ...claim, verdict: verdicts[0] ?? null }));
  return { items, nextCursor: rows.length > limit ? rows[limit - 1]?.slug ?? null : null };
}
