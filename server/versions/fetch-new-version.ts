// Re-fetches an article from the address its current version came from (or its canonical URL),
// through the same guarded importer as a first import, and adds what it finds as a new version.
import type { PrismaClient } from "../generated/prisma/client";
import { contentHash } from "../articles/import-article";
import { normalizeArticleText } from "../articles/normalize-article-text";
import { invalid, notFound } from "../errors";
import { fetchArticleFromUrl } from "../import/fetch-article-from-url";
import { addArticleVersion } from "./add-version";

export async function fetchNewVersion(prisma: PrismaClient, actorId: string, articleId: string, { allowList }: { allowList: string[] }) {
  const fetched = await refetchArticle(prisma, articleId, { allowList });
  return addArticleVersion(prisma, actorId, { articleId, text: fetched.text, captureMethod: "fetched", sourceUrl: fetched.url });
}

/** The article's page fetched again, and whether its text is the current version's (monitoring needs to know). */
export async function refetchArticle(prisma: PrismaClient, articleId: string, { allowList }: { allowList: string[] }) {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { deletedAt: true, canonicalUrl: true, versions: { orderBy: { number: "desc" }, take: 1, select: { sourceUrl: true, number: true, contentHash: true } } },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  const current = article.versions[0];
  const url = current?.sourceUrl ?? article.canonicalUrl;
  if (!url) throw invalid("This article has no address to fetch it from: paste the new version instead.");
  const fetched = await fetchArticleFromUrl(url, { allowList });
  return { url: fetched.url, text: fetched.text, sameAs: current?.contentHash === contentHash(normalizeArticleText(fetched.text)) ? current.number : null };
}

