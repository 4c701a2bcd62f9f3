// The article an export is about: refused when it does not exist or was deleted.
import type { PrismaClient } from "../generated/prisma/client";
import { notFound } from "../errors";

export async function loadExportArticle(prisma: PrismaClient, slug: string) {
  const article = await prisma.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      canonicalUrl: true,
      deletedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
    },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  const { deletedAt: _deleted, versions, ...meta } = article;
  return { ...meta, currentVersion: versions[0] ?? null };
}

export type ExportArticle = Awaited<ReturnType<typeof loadExportArticle>>;
