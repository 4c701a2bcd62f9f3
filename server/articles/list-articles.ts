// The workspace's article list: newest first, with each article's version and claim counts.
import type { PrismaClient } from "../generated/prisma/client";

export async function listArticles(prisma: PrismaClient, { cursor, limit }: { cursor?: string; limit: number }) {
  const rows = await prisma.article.findMany({
    where: { deletedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      byline: true,
      updatedAt: true,
      _count: { select: { versions: true, claims: { where: { deletedAt: null } } } },
    },
  });
  const items = rows.slice(0, limit).map(({ _count, ...article }) => ({
    ...article,
    versionCount: _count.versions,
    claimCount: _count.claims,
  }));
  return { items, nextCursor: rows.length > limit ? rows[limit - 1]?.id ?? null : null };
}
