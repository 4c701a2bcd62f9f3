// What the article page shows about monitoring: whether the article is watched, the next and the
// last check, the last error while checks fail, and the recent checks.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { notFound } from "../errors";
import { intervalAt, type WatchSchedule } from "./watch-schedule";

const recentChecks = 10;

const watchStatusSelect = {
  active: true,
  step: true,
  nextCheckAt: true,
  lastCheckedAt: true,
  lastError: true,
  consecutiveFailures: true,
  startedAt: true,
  startedBy: { select: { name: true } },
  checks: { orderBy: { at: "desc" }, take: recentChecks, select: { id: true, at: true, outcome: true, versionNumber: true, error: true, durationMs: true } },
} satisfies Prisma.ArticleWatchSelect;

export async function loadWatchStatus(prisma: PrismaClient, articleId: string, schedule: WatchSchedule) {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { deletedAt: true, canonicalUrl: true, versions: { orderBy: { number: "desc" }, take: 1, select: { sourceUrl: true } }, watch: { select: watchStatusSelect } },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  const { watch } = article;
  return {
    watchable: Boolean(article.versions[0]?.sourceUrl ?? article.canonicalUrl),
    watch: watch && { ...watch, startedBy: watch.startedBy.name, intervalSeconds: intervalAt(schedule, watch.step) },
  };
}
