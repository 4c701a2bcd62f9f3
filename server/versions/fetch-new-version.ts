// Re-fetches an article from the address its current version came from (or its canonical URL),
// through the same guarded importer as a first import, and adds what it finds as a new version.
import type { PrismaClient } from "../generated/prisma/client";
import { invalid, notFound } from "../errors";
import { fetchArticleFromUrl } from "../import/fetch-article-from-url";
import { addArticleVersion } from "./add-version";

export async function fetchNewVersion(prisma: PrismaClient, actorId: string, articleId: string, { allowList }: { allowList: string[] }) {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { deletedAt: true, canonicalUrl: true, versions: { orderBy: { number: "desc" }, take: 1, select: { sourceUrl: true } } },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  const url = article.versions[0]?.sourceUrl ?? article.canonicalUrl;
  if (!url) throw invalid("This article has no address to fetch it from: paste the new version instead.");
  const fetched = await fetchArticleFromUrl(url, { allowList });
  return addArticleVersion(prisma, actorId, { articleId, text: fetched.text, captureMethod: "fetched", sourceUrl: fetched.url });
}
